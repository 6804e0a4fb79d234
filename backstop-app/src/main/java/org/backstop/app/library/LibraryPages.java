package org.backstop.app.library;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code GET /library}: every article, and a search that works as a plain form;
 * {@code GET /library/results}: the results alone, for htmx to swap in as the person
 * types; {@code GET /library/{slug}}: one article with its sources, tools and related
 * articles.
 */
@Controller
class LibraryPages {

	/** Where a newcomer should begin: what a spasm is, and when it needs a doctor. */
	private static final List<String> START_HERE = List.of("what-is-a-back-spasm", "when-to-seek-care", "faq");

	private final Library library;

	LibraryPages(Library library) {
		this.library = library;
	}

	@GetMapping("/library")
	String library(@RequestParam Optional<String> q, Model model, Locale locale) {
		search(q, model, locale);
		model.addAttribute("startHere",
				START_HERE.stream().map((slug) -> this.library.find(slug, locale)).flatMap(Optional::stream).toList());
		model.addAttribute("articles", this.library.all(locale));
		return "library/list";
	}

	/**
	 * Tells htmx which full page these results belong to, so the address bar, a bookmark
	 * and the back button all lead to the plain search page.
	 */
	@GetMapping("/library/results")
	String results(@RequestParam Optional<String> q, Model model, HttpServletResponse response, Locale locale) {
		search(q, model, locale);
		String query = (String) model.getAttribute("query");
		response.setHeader("HX-Push-Url", query.isEmpty() ? "/library"
				: UriComponentsBuilder.fromPath("/library").queryParam("q", query).encode().build().toUriString());
		return "library/list :: results";
	}

	@GetMapping("/library/{slug}")
	ModelAndView article(@PathVariable String slug, Locale locale) {
		return this.library.find(slug, locale)
			.map((article) -> new ModelAndView("library/article").addObject("article", article)
				.addObject("related", this.library.related(article, locale)))
			.orElseGet(() -> new ModelAndView("library/not-found", HttpStatus.NOT_FOUND));
	}

	/** A query longer than the cap is cut, and the page says so, rather than refused. */
	private void search(Optional<String> q, Model model, Locale locale) {
		String query = q.map(String::strip).orElse("");
		boolean trimmed = query.length() > SearchIndex.MAX_QUERY;
		if (trimmed) {
			query = query.substring(0, SearchIndex.MAX_QUERY);
		}
		model.addAttribute("query", query);
		model.addAttribute("trimmed", trimmed);
		model.addAttribute("maxQuery", SearchIndex.MAX_QUERY);
		model.addAttribute("searching", !query.isEmpty());
		model.addAttribute("hits", this.library.search(query, locale));
	}

}
