package org.backstop.app.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every article of the library, read and checked once when Backstop starts: a missing
 * field, a bad date or an unknown source or tool stops the start-up with a message that
 * names the file and the field. The articles are written in English
 * ({@code library/*.md}); those also written in Spanish ({@code library/es/*.md}, same
 * file name) are shown to Spanish readers, the others in English, marked so.
 */
@Component
class Library {

	static final String LOCATION = "classpath:library/*.md";

	static final String SPANISH_LOCATION = "classpath:library/es/*.md";

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	/** The library in English. */
	private final Shelf english;

	/** The library for a Spanish reader: Spanish where written, English elsewhere. */
	private final Shelf spanish;

	Library() {
		this(readAll(LOCATION, Locale.ENGLISH), readAll(SPANISH_LOCATION, SPANISH));
	}

	Library(List<Article> articles) {
		this(articles, List.of());
	}

	Library(List<Article> articles, List<Article> inSpanish) {
		Map<String, Article> spanishBySlug = inSpanish.stream()
			.collect(Collectors.toMap(Article::slug, Function.identity()));
		for (String slug : spanishBySlug.keySet()) {
			if (articles.stream().noneMatch((article) -> article.slug().equals(slug))) {
				throw new IllegalStateException("library/es/" + slug + ".md: no English article of that name");
			}
		}
		this.english = new Shelf(articles, Locale.ENGLISH);
		this.spanish = new Shelf(
				articles.stream().map((article) -> spanishBySlug.getOrDefault(article.slug(), article)).toList(),
				SPANISH);
	}

	/** Every article in English, by title. */
	List<Article> all() {
		return all(Locale.ENGLISH);
	}

	/** Every article as a reader of {@code locale} gets it, by title. */
	List<Article> all(Locale locale) {
		return shelf(locale).articles;
	}

	Optional<Article> find(String slug) {
		return find(slug, Locale.ENGLISH);
	}

	Optional<Article> find(String slug, Locale locale) {
		return Optional.ofNullable(shelf(locale).bySlug.get(slug));
	}

	List<SearchIndex.Hit> search(String query) {
		return search(query, Locale.ENGLISH);
	}

	List<SearchIndex.Hit> search(String query, Locale locale) {
		return shelf(locale).index.search(query);
	}

	List<Article> related(Article article) {
		return related(article, Locale.ENGLISH);
	}

	/** Up to three other articles sharing the most tags with this one. */
	List<Article> related(Article article, Locale locale) {
		// The tags are the English article's: the same for every language.
		List<String> tags = this.english.bySlug.get(article.slug()).tags();
		return all(locale).stream()
			.filter((other) -> !other.slug().equals(article.slug()))
			.filter((other) -> shared(tags, other) > 0)
			.sorted(Comparator.comparingLong((Article other) -> shared(tags, other)).reversed())
			.limit(3)
			.toList();
	}

	private long shared(List<String> tags, Article other) {
		return tags.stream().filter(this.english.bySlug.get(other.slug()).tags()::contains).count();
	}

	private Shelf shelf(Locale locale) {
		return SPANISH.getLanguage().equals(locale.getLanguage()) ? this.spanish : this.english;
	}

	/** The articles one reader gets, in the order of their language, and their search. */
	private static final class Shelf {

		private final List<Article> articles;

		private final Map<String, Article> bySlug;

		private final SearchIndex index;

		Shelf(List<Article> articles, Locale locale) {
			Collator collator = Collator.getInstance(locale);
			this.articles = articles.stream().sorted(Comparator.comparing(Article::title, collator)).toList();
			this.bySlug = articles.stream().collect(Collectors.toMap(Article::slug, Function.identity()));
			this.index = new SearchIndex(this.articles);
		}

	}

	private static List<Article> readAll(String location, Locale language) {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(location);
			if (files.length == 0 && language.equals(Locale.ENGLISH)) {
				throw new IllegalStateException("No library articles found at " + location);
			}
			List<Article> articles = new ArrayList<>();
			for (Resource file : files) {
				try (InputStream in = file.getInputStream()) {
					articles.add(ArticleReader.read(file.getFilename(),
							new String(in.readAllBytes(), StandardCharsets.UTF_8), language));
				}
			}
			return articles;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read the library articles at " + location, ex);
		}
	}

}
