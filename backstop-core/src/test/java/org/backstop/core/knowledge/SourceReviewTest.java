package org.backstop.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The review reminder (hazard HAZ-019): every source must have been checked, and every
 * library article reviewed, within {@link Source#REVIEW_INTERVAL} of today. It depends on
 * today's date on purpose: once a year passes, the build fails until someone has looked
 * at the guidance again.
 */
class SourceReviewTest {

	/** The library's articles, English and Spanish ({@code library/es/}). */
	private static final Path LIBRARY = Path.of("backstop-app", "src", "main", "resources", "library");

	private static final Pattern REVIEWED = Pattern.compile("(?m)^reviewed:\\s*(\\S+)\\s*$");

	@Test
	void everySourceAndArticleWasCheckedWithinTheReviewInterval() {
		Map<String, LocalDate> dated = new LinkedHashMap<>();
		for (Source source : Source.values()) {
			dated.put("source " + source.name() + " (" + source.shortName() + ") checked", source.checked());
		}
		dated.putAll(articlesReviewed());
		// Today where the day begins first (UTC+14), so that a date written
		// today anywhere in the world is never "in the future".
		List<String> overdue = overdue(dated, LocalDate.now(ZoneOffset.ofHours(14)));
		assertThat(overdue).as(instructions(overdue)).isEmpty();
	}

	@Test
	void theLibraryIsFound() {
		Map<String, LocalDate> articles = articlesReviewed();
		assertThat(articles.keySet()).anyMatch((name) -> name.contains("library/es/"))
			.anyMatch((name) -> name.contains("library/when-to-seek-care.md"));
		assertThat(articles).hasSizeGreaterThanOrEqualTo(20);
	}

	@Test
	void aDatePastTheIntervalOrInTheFutureIsNamed() {
		LocalDate today = LocalDate.of(2027, 12, 5);
		Map<String, LocalDate> dated = new LinkedHashMap<>();
		dated.put("fresh", LocalDate.of(2027, 6, 1));
		dated.put("last day", LocalDate.of(2026, 12, 5));
		dated.put("a day too old", LocalDate.of(2026, 12, 4));
		dated.put("tomorrow", LocalDate.of(2027, 12, 6));
		assertThat(overdue(dated, today)).hasSize(2)
			.anySatisfy((line) -> assertThat(line).startsWith("a day too old 2026-12-04")
				.contains("review was due by 2027-12-04"))
			.anySatisfy((line) -> assertThat(line).startsWith("tomorrow 2027-12-06").contains("in the future"));
		assertThat(instructions(overdue(dated, today))).contains("FACTS.md", "REFERENCE.md", "Source.java",
				"reviewed:");
	}

	/** One line for each date older than the review interval or after {@code today}. */
	static List<String> overdue(Map<String, LocalDate> dated, LocalDate today) {
		List<String> lines = new ArrayList<>();
		dated.forEach((name, date) -> {
			if (date.isAfter(today)) {
				lines.add(name + " " + date + " is in the future (today is " + today + " where the day begins first)");
			}
			else if (date.plus(Source.REVIEW_INTERVAL).isBefore(today)) {
				lines.add(name + " " + date + ": its review was due by " + date.plus(Source.REVIEW_INTERVAL));
			}
		});
		return lines;
	}

	/** What to do about the dates found, so that the failure says it. */
	private static String instructions(List<String> overdue) {
		return "These are older than the review interval (" + Source.REVIEW_INTERVAL + ") or in the future:\n  "
				+ String.join("\n  ", overdue)
				+ "\nFor each source: re-check its citation and address against the clinical reference"
				+ " (FACTS.md and REFERENCE.md) and the guidance itself, at its address, for an update or a"
				+ " withdrawal; correct any rule or text that rests on changed guidance; then set its checked"
				+ " date in backstop-core/src/main/java/org/backstop/core/knowledge/Source.java to the day you"
				+ " checked it. For each article: re-read it against its sources and the rules, then set"
				+ " 'reviewed:' in its front matter to that day. A date in the future is a typo: set the real"
				+ " day of the check.\n";
	}

	/** Each article's {@code reviewed} date, by its path under the library. */
	private static Map<String, LocalDate> articlesReviewed() {
		Path library = findLibrary();
		Map<String, LocalDate> reviewed = new LinkedHashMap<>();
		try (Stream<Path> files = Files.walk(library)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".md")).sorted().toList()) {
				String name = "article library/" + library.relativize(file).toString().replace('\\', '/');
				Matcher matcher = REVIEWED.matcher(Files.readString(file, StandardCharsets.UTF_8));
				assertThat(matcher.find()).as(name + " has a 'reviewed:' line").isTrue();
				try {
					reviewed.put(name + " reviewed", LocalDate.parse(matcher.group(1)));
				}
				catch (DateTimeParseException ex) {
					throw new AssertionError(name + ": 'reviewed: " + matcher.group(1) + "' is not a YYYY-MM-DD date",
							ex);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return reviewed;
	}

	/** The app's library, from the module's folder or the repository's root. */
	private static Path findLibrary() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve(LIBRARY))) {
				return dir.resolve(LIBRARY);
			}
		}
		throw new AssertionError("No " + LIBRARY + " above " + Path.of("").toAbsolutePath());
	}

}
