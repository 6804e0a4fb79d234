package org.backstop.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.backstop.core.knowledge.Source;

/**
 * Finds English on a page meant for a Spanish reader: common English words (that are not
 * Spanish words too) in the title, the body and what a screen reader reads out, outside
 * anything marked {@code lang="en"} and outside proper names.
 */
public final class EnglishWords {

	private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);

	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

	private static final Pattern MARKED_ENGLISH = Pattern.compile("<(\\w+)\\b[^>]*\\blang=\"en\"[^>]*>.*?</\\1>",
			Pattern.DOTALL);

	/** What a screen reader reads out of a tag. */
	private static final Pattern READ_OUT = Pattern.compile("\\b(?:aria-label|alt|placeholder|title)=\"([^\"]*)\"");

	/** Common English words that are not Spanish words too. */
	private static final Pattern ENGLISH = Pattern.compile(
			"\\b(the|your|you|and|with|for|this|that|what|when|how|"
					+ "pain|back|take|takes|minutes|hours|days|week|not|should|can|may|doctor|exercise|stretch|breathe|"
					+ "hold|heat|cold|left|out|why|of|to|is|are|it|we|our|will|from|have|see|more|about|sign|"
					+ "here|there|yes|which|or|if|in|on|by|at|my|all|new|page|help|call|now|only|after|before)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Names kept as they are in every language: Backstop's own, a questionnaire's, a
	 * body's that the plan cites, and the short names by which articles cite their
	 * sources (such as "NICE CKS Back pain - low").
	 */
	private static final List<String> PROPER_NAMES = java.util.stream.Stream
		.concat(Stream.of("STarT Back", "Backstop", "American College of Physicians"),
				Arrays.stream(Source.values()).map(Source::shortName))
		.sorted(java.util.Comparator.comparing(String::length).reversed())
		.toList();

	private EnglishWords() {
	}

	/** Each English word found, with the words around it. */
	public static List<String> in(String html) {
		Matcher body = BODY.matcher(html);
		Matcher title = TITLE.matcher(html);
		// A library article not written in Spanish yet says so, and keeps its English
		// name
		// in the window's title, which cannot be marked as English.
		boolean saysEnglish = html.contains("id=\"article-in-english\"");
		String page = ((title.find() && !saysEnglish) ? "<p>" + title.group(1) + "</p>" : "")
				+ (body.find() ? body.group(1) : "");
		page = MARKED_ENGLISH.matcher(page).replaceAll(" ").replaceAll("(?s)<script.*?</script>", " ");
		StringBuilder readOut = new StringBuilder();
		Matcher label = READ_OUT.matcher(page);
		while (label.find()) {
			readOut.append(' ').append(label.group(1)).append(" |");
		}
		String text = (page.replaceAll("<[^>]*>", " ") + readOut).replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&amp;", "&")
			.replaceAll("\\s+", " ");
		for (String name : PROPER_NAMES) {
			text = text.replace(name, " ");
		}
		List<String> found = new ArrayList<>();
		Matcher word = ENGLISH.matcher(text);
		while (word.find()) {
			int from = Math.max(0, word.start() - 40);
			int to = Math.min(text.length(), word.end() + 40);
			found.add("…" + text.substring(from, to) + "…");
		}
		return found;
	}

}
