package org.backstop.app.library;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small in-memory index over the articles' title, tags, summary and body. Twenty
 * articles need no search engine: every query scans them all. Words are compared without
 * case or accents, so "Ciática" finds "sciatica"; every word of the query must match
 * (AND); a match in the title or tags ranks above one in the summary, which ranks above
 * one in the body.
 */
final class SearchIndex {

	/**
	 * The longest query read; longer ones are refused by the API and trimmed by the page.
	 */
	static final int MAX_QUERY = 200;

	private static final int MAX_TERMS = 12;

	private static final int TITLE = 10;

	private static final int TAG = 8;

	private static final int SUMMARY = 4;

	private static final int BODY = 1;

	/** Words that say nothing about a topic, in English and Spanish. */
	private static final Set<String> STOP_WORDS = Set.of("a", "about", "an", "and", "any", "are", "as", "at", "be",
			"by", "can", "do", "does", "for", "from", "how", "i", "if", "in", "is", "it", "me", "my", "no", "not", "of",
			"on", "or", "should", "so", "that", "the", "this", "to", "what", "when", "which", "why", "will", "with",
			"you", "your", "al", "con", "de", "del", "el", "en", "es", "la", "las", "lo", "los", "mi", "para", "por",
			"que", "se", "su", "un", "una", "y");

	private final List<Entry> entries;

	SearchIndex(List<Article> articles) {
		this.entries = articles.stream().map(Entry::new).toList();
	}

	/** One article that matched, how well, and a short passage of the body to show. */
	record Hit(Article article, int score, Snippet snippet) {

	}

	/**
	 * A passage with the first matching word set apart, so a page can mark it while
	 * escaping every part.
	 */
	record Snippet(String before, String match, String after) {

	}

	/** The articles that match every word of the query, best first. */
	List<Hit> search(String query) {
		List<String> terms = terms(query);
		if (terms.isEmpty()) {
			return List.of();
		}
		return this.entries.stream()
			.map((entry) -> entry.hit(terms))
			.filter((hit) -> hit != null)
			.sorted(Comparator.comparingInt(Hit::score).reversed().thenComparing((hit) -> hit.article().title()))
			.toList();
	}

	/**
	 * The words of a query that count: normalized, without stop words, at most twelve.
	 */
	static List<String> terms(String query) {
		if (query == null) {
			return List.of();
		}
		Set<String> terms = new LinkedHashSet<>();
		for (String word : fold(query).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && !STOP_WORDS.contains(word) && terms.size() < MAX_TERMS) {
				terms.add(word);
			}
		}
		return List.copyOf(terms);
	}

	/**
	 * The text in lower case without accents, character for character, so a position in
	 * the folded text is the same position in the original.
	 */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT);
			folded.append((plain.length() == 1) ? plain.charAt(0) : Character.toLowerCase(c));
		}
		return folded.toString();
	}

	private static Set<String> words(String text) {
		return new LinkedHashSet<>(Arrays.asList(fold(text).split("[^\\p{L}\\p{N}]+")));
	}

	/**
	 * A word of the query matches a word of the text that starts with it ("sauna" finds
	 * "saunas"), or, for longer words, one that contains it ("ciatica" finds "sciatica").
	 */
	private static boolean matches(Set<String> words, String term) {
		return words.stream().anyMatch((word) -> word.startsWith(term) || (term.length() >= 5 && word.contains(term)));
	}

	private static final class Entry {

		private final Article article;

		private final Set<String> title;

		private final Set<String> tags;

		private final Set<String> summary;

		private final Set<String> body;

		private final String foldedText;

		Entry(Article article) {
			this.article = article;
			this.title = words(article.title());
			this.tags = words(String.join(" ", article.tags()));
			this.summary = words(article.summary());
			this.body = words(article.text());
			this.foldedText = fold(article.text());
		}

		Hit hit(List<String> terms) {
			int score = 0;
			for (String term : terms) {
				int termScore = (matches(this.title, term) ? TITLE : 0) + (matches(this.tags, term) ? TAG : 0)
						+ (matches(this.summary, term) ? SUMMARY : 0) + (matches(this.body, term) ? BODY : 0);
				if (termScore == 0) {
					return null;
				}
				score += termScore;
			}
			return new Hit(this.article, score, snippet(terms));
		}

		private Snippet snippet(List<String> terms) {
			String text = this.article.text();
			for (String term : terms) {
				int at = this.foldedText.indexOf(term);
				if (at >= 0) {
					int start = Math.max(0, at - 80);
					int end = Math.min(text.length(), at + term.length() + 100);
					// Whole words only at both ends.
					if (start > 0) {
						int space = text.indexOf(' ', start);
						start = (space >= 0 && space < at) ? space + 1 : at;
					}
					if (end < text.length()) {
						int space = text.lastIndexOf(' ', end);
						end = (space > at + term.length()) ? space : end;
					}
					return new Snippet(((start > 0) ? "…" : "") + text.substring(start, at),
							text.substring(at, at + term.length()),
							text.substring(at + term.length(), end) + ((end < text.length()) ? "…" : ""));
				}
			}
			return new Snippet(this.article.summary(), "", "");
		}

	}

}
