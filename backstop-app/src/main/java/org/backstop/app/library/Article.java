package org.backstop.app.library;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.backstop.core.knowledge.Source;

/**
 * One library article, read from its Markdown file: the language it is written in
 * ({@code en}, {@code es}), the front matter, the body rendered to safe HTML, its
 * headings for a table of contents and its plain text for search.
 */
record Article(String slug, String language, String title, String summary, LocalDate reviewed, List<Source> sources,
		List<String> otherSources, List<Tool> tools, List<String> tags, String html, List<Heading> headings,
		String text) {

	/** A heading of the rendered body, with the id its anchor uses. */
	record Heading(int level, String id, String text) {

	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' uuuu",
			Locale.forLanguageTag("es"));

	/**
	 * The review date as the pages show it, in the article's language: {@code 25 November
	 * 2026}, {@code 25 de noviembre de 2026}.
	 */
	public String reviewedText() {
		return reviewedText(Locale.forLanguageTag(this.language));
	}

	/** The review date in the words of the page around it. */
	public String reviewedText(Locale locale) {
		return ("es".equals(locale.getLanguage()) ? DIA : DAY).format(this.reviewed);
	}

	/** Whether a reader of {@code locale} gets this article in another language. */
	public boolean foreignTo(Locale locale) {
		return !this.language.equals(locale.getLanguage());
	}

	public String url() {
		return "/library/" + this.slug;
	}

}
