package org.backstop.app.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * names the file and the field.
 */
@Component
class Library {

	static final String LOCATION = "classpath:library/*.md";

	private final List<Article> articles;

	private final Map<String, Article> bySlug;

	private final SearchIndex index;

	Library() {
		this(readAll());
	}

	Library(List<Article> articles) {
		this.articles = articles.stream().sorted(Comparator.comparing(Article::title)).toList();
		this.bySlug = articles.stream().collect(Collectors.toMap(Article::slug, Function.identity()));
		this.index = new SearchIndex(this.articles);
	}

	/** Every article, by title. */
	List<Article> all() {
		return this.articles;
	}

	Optional<Article> find(String slug) {
		return Optional.ofNullable(this.bySlug.get(slug));
	}

	List<SearchIndex.Hit> search(String query) {
		return this.index.search(query);
	}

	/** Up to three other articles sharing the most tags with this one. */
	List<Article> related(Article article) {
		return this.articles.stream()
			.filter((other) -> !other.slug().equals(article.slug()))
			.filter((other) -> shared(article, other) > 0)
			.sorted(Comparator.comparingLong((Article other) -> shared(article, other)).reversed())
			.limit(3)
			.toList();
	}

	private static long shared(Article one, Article other) {
		return one.tags().stream().filter(other.tags()::contains).count();
	}

	private static List<Article> readAll() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			if (files.length == 0) {
				throw new IllegalStateException("No library articles found at " + LOCATION);
			}
			List<Article> articles = new ArrayList<>();
			for (Resource file : files) {
				try (InputStream in = file.getInputStream()) {
					articles.add(ArticleReader.read(file.getFilename(),
							new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
			return articles;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read the library articles at " + LOCATION, ex);
		}
	}

}
