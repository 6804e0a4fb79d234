package org.backstop.app.library;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.backstop.app.system.InvalidInputException;
import org.backstop.app.system.NotFoundException;
import org.backstop.core.knowledge.Source;
import org.backstop.core.problem.Violation;

/**
 * {@code GET /api/v1/library} and {@code GET /api/v1/library/{slug}}: the library's
 * articles as JSON, listed, searched, or one with its rendered HTML and full sources. In
 * the reader's language as the pages are (the {@code lang} parameter, its cookie, else
 * {@code Accept-Language}): Spanish where an article is written in Spanish, English
 * otherwise, each saying its {@code language}; {@code Content-Language} names the
 * languages of the answer.
 */
@RestController
class LibraryApi {

	private final Library library;

	LibraryApi(Library library) {
		this.library = library;
	}

	@GetMapping("/api/v1/library")
	@Operation(
			summary = "List the library's articles by title, or search them (best match first), "
					+ "in the reader's language where written",
			parameters = { @Parameter(name = "Accept-Language", in = ParameterIn.HEADER,
					description = "the reader's languages: Spanish (es) articles where written, English otherwise"),
					@Parameter(name = "lang", in = ParameterIn.QUERY,
							description = "en or es: overrides Accept-Language, as on the pages") })
	@ApiResponse(responseCode = "200", description = "the articles, or those matching every word of q",
			headers = {
					@Header(name = HttpHeaders.CONTENT_LANGUAGE,
							description = "the languages of the articles listed, the reader's first"),
					@Header(name = HttpHeaders.VARY, description = "Accept-Language") },
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = Listed.class))))
	@ApiResponse(responseCode = "400", description = "a query longer than 200 characters",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<List<Listed>> articles(
			@Parameter(description = "words to search for, without regard to case or "
					+ "accents; common words such as 'the' are ignored") @RequestParam Optional<String> q,
			@Parameter(hidden = true) Locale locale) {
		String query = q.map(String::strip).orElse("");
		if (query.length() > SearchIndex.MAX_QUERY) {
			throw new InvalidInputException(List.of(Violation.of("q", "query.too_long",
					"at most {0} characters; this query has {1}", SearchIndex.MAX_QUERY, query.length())));
		}
		List<Article> found = query.isEmpty() ? this.library.all(locale)
				: this.library.search(query, locale).stream().map(SearchIndex.Hit::article).toList();
		Set<String> languages = new LinkedHashSet<>();
		languages.add(language(locale));
		found.forEach((article) -> languages.add(article.language()));
		return inLanguage(String.join(", ", languages), found.stream().map(Listed::of).toList());
	}

	@GetMapping("/api/v1/library/{slug}")
	@Operation(
			summary = "One article: its front matter, its HTML, its headings and its sources in full, "
					+ "in the reader's language where written",
			parameters = { @Parameter(name = "Accept-Language", in = ParameterIn.HEADER,
					description = "the reader's languages: the Spanish (es) article where written, English otherwise"),
					@Parameter(name = "lang", in = ParameterIn.QUERY,
							description = "en or es: overrides Accept-Language, as on the pages") })
	@ApiResponse(responseCode = "200", description = "the article",
			headers = { @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = "the article's language"),
					@Header(name = HttpHeaders.VARY, description = "Accept-Language") },
			content = @Content(schema = @Schema(implementation = Full.class)))
	@ApiResponse(responseCode = "404", description = "no article has this slug",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<Full> article(@PathVariable String slug, @Parameter(hidden = true) Locale locale) {
		Article article = this.library.find(slug, locale)
			.orElseThrow(() -> new NotFoundException(
					"There is no library article with this slug; GET /api/v1/library lists them all."));
		return inLanguage(article.language(), Full.of(article));
	}

	/** Backstop's language for this reader: Spanish or English. */
	private static String language(Locale locale) {
		return "es".equals(locale.getLanguage()) ? "es" : "en";
	}

	/** The answer, saying its languages and that they follow the reader's. */
	private static <T> ResponseEntity<T> inLanguage(String languages, T body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_LANGUAGE, languages)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(body);
	}

	/** A tool an article points to, and where its page is. */
	record ToolLink(String name, String url) {

		static List<ToolLink> of(List<Tool> tools) {
			return tools.stream().map((tool) -> new ToolLink(tool.toolName(), tool.url())).toList();
		}

	}

	/**
	 * A source cited by its short name, with the full citation, its address if it has
	 * one, and when the citation was last checked against the clinical reference.
	 */
	record Cited(String shortName, String citation, String url, LocalDate checked) {

		static Cited of(Source source) {
			return new Cited(source.shortName(), source.citation(), source.url(), source.checked());
		}

	}

	/** An article in a list, in its {@code language} ({@code en}, {@code es}). */
	record Listed(String slug, String language, String title, String summary, LocalDate reviewed, List<String> tags,
			List<ToolLink> tools, String url) {

		static Listed of(Article article) {
			return new Listed(article.slug(), article.language(), article.title(), article.summary(),
					article.reviewed(), article.tags(), ToolLink.of(article.tools()), article.url());
		}

	}

	/**
	 * An article in full; {@code html} is already made safe and has no {@code
	 *
	<h1>}.
	 */
	record Full(String slug, String language, String title, String summary, LocalDate reviewed, List<String> tags,
			List<ToolLink> tools, String url, String html, List<Article.Heading> headings, List<Cited> sources,
			List<String> otherSources) {

		static Full of(Article article) {
			return new Full(article.slug(), article.language(), article.title(), article.summary(), article.reviewed(),
					article.tags(), ToolLink.of(article.tools()), article.url(), article.html(), article.headings(),
					article.sources().stream().map(Cited::of).toList(), article.otherSources());
		}

	}

}
