package org.backstop.app.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The articles written in Spanish ({@code library/es/}): each stands beside an English
 * article of the same name, cites the same sources, and gives no figure that the reviewed
 * English article does not (a threshold, a dose, a number of weeks changed in the writing
 * fails here). A Spanish reader gets them, and the English article where none is written.
 */
class SpanishLibraryTest {

	private static final Library LIBRARY = new Library();

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private static final Pattern THOUSANDS = Pattern.compile("(\\d)[,.](\\d{3})(?!\\d)");

	private static List<Article> spanish() {
		return LIBRARY.all(SPANISH).stream().filter((article) -> article.language().equals("es")).toList();
	}

	@Test
	void everyArticleIsWrittenInSpanish() {
		assertThat(LIBRARY.all(SPANISH)).hasSameSizeAs(LIBRARY.all())
			.allSatisfy((article) -> assertThat(article.language()).as(article.slug()).isEqualTo("es"));
		Article care = LIBRARY.find("when-to-seek-care", SPANISH).orElseThrow();
		assertThat(care.text()).contains("ambulancia", "vejiga", "fiebre", "24 horas", "urgencias");
		assertThat(care.reviewedText()).isEqualTo("4 de diciembre de 2026");
		assertThat(LIBRARY.find("when-to-seek-care").orElseThrow().language()).isEqualTo("en");
	}

	@Test
	void eachCitesTheSourcesOfTheEnglishArticleAndNoNewFigure() {
		for (Article article : spanish()) {
			Article english = LIBRARY.find(article.slug()).orElseThrow();
			assertThat(article.sources()).as(article.slug()).isEqualTo(english.sources());
			assertThat(article.tools()).as(article.slug()).isEqualTo(english.tools());
			assertThat(numbers(english.text())).as(article.slug() + ": figures also in the English article")
				.containsAll(numbers(article.text()));
			assertThat(article.html()).as(article.slug()).doesNotContain("<h1", "<script", "&lt;script");
		}
	}

	@Test
	void everyLinkLeadsToAnArticleOrATool() {
		Pattern href = Pattern.compile("href=\"(/[^\"#]*)");
		for (Article article : spanish()) {
			Matcher link = href.matcher(article.html());
			while (link.find()) {
				String to = link.group(1);
				if (to.startsWith("/library/")) {
					assertThat(LIBRARY.find(to.substring("/library/".length()), SPANISH))
						.as(article.slug() + " links to " + to)
						.isPresent();
				}
				else {
					assertThat(java.util.Arrays.stream(Tool.values()).filter(Tool::available).map(Tool::url))
						.as(article.slug() + " links to " + to)
						.contains(to);
				}
			}
		}
	}

	@Test
	void anArticleNotYetWrittenInSpanishIsGivenInEnglishAndSaysSo() {
		Article english = LIBRARY.find("faq").orElseThrow();
		Library englishOnly = new Library(List.of(english), List.of());
		Article shown = englishOnly.find("faq", SPANISH).orElseThrow();
		assertThat(shown.language()).isEqualTo("en");
		assertThat(shown.foreignTo(SPANISH)).isTrue();
		assertThat(LIBRARY.find("faq", SPANISH).orElseThrow().foreignTo(SPANISH)).isFalse();
	}

	@Test
	void aSpanishArticleWithoutAnEnglishOneStopsTheStartUp() {
		Article english = LIBRARY.find("faq").orElseThrow();
		Article orphan = ArticleReader.read("nueva.md",
				"---\ntitle: T\nsummary: S\nreviewed: 2026-11-25\nsources: NICE NG59\ntools: plan\ntags: x\n---\n## A\nb\n",
				SPANISH);
		assertThatIllegalStateException().isThrownBy(() -> new Library(List.of(english), List.of(orphan)))
			.withMessageContaining("library/es/nueva.md");
	}

	@Test
	void aFigureIsTheSameWhicheverWayItsThousandsAreWritten() {
		assertThat(numbers("no más de 1200 mg")).isEqualTo(numbers("no more than 1,200 mg"))
			.isEqualTo(numbers("no más de 1.200 mg"))
			.containsExactly("1200");
		assertThat(numbers("1,500 mg")).doesNotContainAnyElementsOf(numbers("1200 mg"));
		assertThat(numbers("2,5 L o 2.0 L")).contains("2", "5", "0");
	}

	/**
	 * The figures in a text. A thousands separator (the English "1,200", the "1.200" some
	 * Spanish readers use) is dropped, so "1200", the way Backstop's Spanish writes a
	 * dose, is the same figure; a decimal ("2,5") stays two numbers.
	 */
	private static Set<String> numbers(String text) {
		Set<String> found = new TreeSet<>();
		Matcher number = NUMBER.matcher(THOUSANDS.matcher(text).replaceAll("$1$2"));
		while (number.find()) {
			found.add(number.group());
		}
		return found;
	}

}
