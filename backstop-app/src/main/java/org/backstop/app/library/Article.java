package org.backstop.app.library;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.backstop.core.knowledge.Source;

/**
 * One library article, read from its Markdown file: the front matter, the body rendered
 * to safe HTML, its headings for a table of contents and its plain text for search.
 */
record Article(String slug, String title, String summary, LocalDate reviewed, List<Source> sources,
		List<String> otherSources, List<Tool> tools, List<String> tags, String html, List<Heading> headings,
		String text) {

	/** A heading of the rendered body, with the id its anchor uses. */
	record Heading(int level, String id, String text) {

	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	/**
	 * The review date as the pages show it: {@code 25 November 2026}, in the articles'
	 * language.
	 */
	public String reviewedText() {
		return DAY.format(this.reviewed);
	}

	public String url() {
		return "/library/" + this.slug;
	}

}
