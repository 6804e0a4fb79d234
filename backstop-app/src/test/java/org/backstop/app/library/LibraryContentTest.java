package org.backstop.app.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.backstop.core.knowledge.Source;

/**
 * The articles as they ship: every one loads, with its sources resolved, and together
 * they cover every topic Backstop promises to explain. Also the loader's refusals, the
 * safe renderer and the search, without starting the app.
 */
class LibraryContentTest {

	private static final Library LIBRARY = new Library();

	/**
	 * The topics the library must cover, each with the article that covers it and words
	 * that article must contain. Removing or gutting an article fails here.
	 */
	private static final Map<String, List<String>> REQUIRED_TOPICS = Map.ofEntries(
			Map.entry("what-is-a-back-spasm", List.of("spasm", "minor", "moderate", "severe")),
			Map.entry("when-to-seek-care", List.of("ambulance", "bladder", "fever", "24 hours")),
			Map.entry("triggers", List.of("lifting", "sleep", "stress")),
			Map.entry("posture-and-workstation", List.of("sitting", "desk", "screen")),
			Map.entry("exercise-and-gear", List.of("yoga", "pilates", "walking")),
			Map.entry("heat-and-saunas", List.of("heat", "sauna")),
			Map.entry("cold-and-its-risks", List.of("ice", "cryotherapy")),
			Map.entry("medicines", List.of("ibuprofen", "paracetamol", "muscle relaxant", "pregnan")),
			Map.entry("massage", List.of("massage")),
			Map.entry("chiropractic-and-spinal-manipulation", List.of("chiropract", "manipulation")),
			Map.entry("acupuncture", List.of("acupuncture")),
			Map.entry("nutrition", List.of("water", "vitamin D", "calcium", "turmeric")),
			Map.entry("sleep-and-mattress", List.of("mattress", "pillow")),
			Map.entry("stress-and-relaxation", List.of("breathing", "relax")),
			Map.entry("preventing-recurrence", List.of("exercise", "smoke", "lift")),
			Map.entry("spinal-stenosis", List.of("stenosis", "walking")),
			Map.entry("scoliosis-and-pinched-nerves", List.of("scoliosis", "sciatica")),
			Map.entry("compression-fractures", List.of("osteoporosis", "fracture")),
			Map.entry("neurological-examination", List.of("numbness", "weakness")),
			Map.entry("faq", List.of("yoga", "sleep", "food")));

	@Test
	void everyArticleLoadsWithItsSourcesResolved() {
		assertThat(LIBRARY.all()).hasSize(20);
		for (Article article : LIBRARY.all()) {
			assertThat(article.title()).as(article.slug()).isNotBlank();
			assertThat(article.summary()).as(article.slug()).isNotBlank();
			assertThat(article.reviewed()).as(article.slug()).isBefore(LocalDate.of(2100, 1, 1));
			assertThat(article.sources()).as(article.slug()).isNotEmpty().doesNotContainNull();
			assertThat(article.tools()).as(article.slug()).isNotEmpty();
			assertThat(article.tags()).as(article.slug()).isNotEmpty();
			assertThat(article.html()).as(article.slug()).doesNotContain("<h1", "<script", "&lt;script");
			assertThat(article.headings()).as(article.slug()).isNotEmpty().allMatch((h) -> h.level() >= 2);
		}
		assertThat(LIBRARY.find("heat-and-saunas").orElseThrow().sources()).contains(Source.SAUNA_RISKS,
				Source.COCHRANE_HEAT_COLD);
	}

	@Test
	void theLibraryCoversEveryRequiredTopic() {
		REQUIRED_TOPICS.forEach((slug, words) -> {
			Article article = LIBRARY.find(slug).orElse(null);
			assertThat(article).as("an article at library/" + slug + ".md").isNotNull();
			String all = (article.title() + " " + article.summary() + " " + article.text()).toLowerCase();
			for (String word : words) {
				assertThat(all).as(slug + " covers " + word).contains(word.toLowerCase());
			}
		});
	}

	@Test
	void everyLinkInsideBackstopLeadsToAnArticleOrATool() {
		Set<String> tools = Arrays.stream(Tool.values())
			.filter(Tool::available)
			.map(Tool::url)
			.collect(Collectors.toSet());
		Pattern href = Pattern.compile("href=\"(/[^\"#]*)");
		for (Article article : LIBRARY.all()) {
			Matcher link = href.matcher(article.html());
			while (link.find()) {
				String to = link.group(1);
				if (to.startsWith("/library/")) {
					assertThat(LIBRARY.find(to.substring("/library/".length()))).as(article.slug() + " links to " + to)
						.isPresent();
				}
				else {
					assertThat(tools).as(article.slug() + " links to " + to).contains(to);
				}
			}
		}
	}

	@Test
	void aToolNotBuiltYetKeepsItsWordsButLosesItsLink() {
		String html = ArticleReader.render("Note it in [your diary](/diary) or [your plan](/plan).").html();
		assertThat(html).contains("Note it in your diary or <a rel=\"nofollow\" href=\"/plan\">your plan</a>.")
			.doesNotContain("/diary");
		Article triggers = LIBRARY.find("triggers").orElseThrow();
		assertThat(triggers.html()).doesNotContain("href=\"/diary\"").contains("Your diary");
		assertThat(triggers.tools()).doesNotContain(Tool.DIARY);
	}

	@Test
	void harmfulMarkdownIsRenderedHarmless() {
		String html = ArticleReader
			.render("# Title\n\n<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> there\n\n"
					+ "[click](javascript:alert(1)) [CLICK](JavaScript:alert(2)) [data](data:text/html;base64,PHNjcmlwdD4=)"
					+ " [ok](https://www.nhs.uk/) [here](/library/faq) ![p](javascript:alert(3))\n")
			.html();
		assertThat(html).doesNotContain("<script", "<img src=\"x\"", "<img src=x", "javascript:", "JavaScript:",
				"data:text", "<h1");
		assertThat(html).contains("&lt;script&gt;", "href=\"https://www.nhs.uk/\"",
				"rel=\"external noopener noreferrer\"", "href=\"/library/faq\"", "<h2 id=\"title\">Title</h2>");
	}

	@Test
	void headingsGetUniqueIdsForTheTableOfContents() {
		ArticleReader.Rendered rendered = ArticleReader
			.render("## Heat & cold\n\ntext\n\n### Heat & cold\n\n## Ciática");
		assertThat(rendered.headings()).extracting(Article.Heading::id)
			.containsExactly("heat-cold", "heat-cold-2", "ciatica");
		assertThat(rendered.html()).contains("<h3 id=\"heat-cold-2\">");
	}

	@Test
	void aWrongArticleStopsTheStartUpNamingFileAndField() {
		String good = "---\ntitle: T\nsummary: S\nreviewed: 2026-11-25\nsources: NICE NG59\ntools: plan\ntags: a\n---\n\n## Body\n";
		assertThat(ArticleReader.read("good.md", good).sources()).containsExactly(Source.NG59);
		assertThatIllegalStateException().isThrownBy(() -> ArticleReader.read("x.md", good.replace("title: T\n", "")))
			.withMessageContaining("library/x.md")
			.withMessageContaining("'title'")
			.withMessageContaining("missing");
		assertThatIllegalStateException()
			.isThrownBy(() -> ArticleReader.read("x.md", good.replace("2026-11-25", "25/11/2026")))
			.withMessageContaining("'reviewed'")
			.withMessageContaining("25/11/2026");
		assertThatIllegalStateException()
			.isThrownBy(() -> ArticleReader.read("x.md", good.replace("NICE NG59", "NICE NG59; Dr Google")))
			.withMessageContaining("'sources'")
			.withMessageContaining("Dr Google");
		assertThatIllegalStateException()
			.isThrownBy(() -> ArticleReader.read("x.md", good.replace("tools: plan", "tools: plan, horoscope")))
			.withMessageContaining("'tools'")
			.withMessageContaining("horoscope");
		assertThatIllegalStateException().isThrownBy(() -> ArticleReader.read("x.md", "## no front matter"))
			.withMessageContaining("library/x.md");
	}

	@Test
	void searchFindsSaunaInTheHeatArticleWithoutCaseOrAccents() {
		assertThat(slugs("sauna")).first().isEqualTo("heat-and-saunas");
		assertThat(slugs("SAÚNAS")).isEqualTo(slugs("sauna"));
		SearchIndex.Hit hit = LIBRARY.search("sauna").get(0);
		assertThat(hit.snippet().match()).isEqualToIgnoringCase("sauna");
	}

	@Test
	void ciaticaAndSciaticaFindTheSameArticles() {
		assertThat(slugs("ciática")).contains("scoliosis-and-pinched-nerves", "spinal-stenosis")
			.isEqualTo(slugs("Sciatica"))
			.isEqualTo(slugs("CIATICA"));
	}

	@Test
	void aTitleHitRanksAboveBodyHits() {
		assertThat(slugs("massage")).hasSizeGreaterThan(1).first().isEqualTo("massage");
		assertThat(slugs("acupuncture")).hasSizeGreaterThan(1).first().isEqualTo("acupuncture");
	}

	@Test
	void everyWordMustMatchAndStopWordsAreIgnored() {
		List<String> heat = slugs("heat");
		List<String> pregnancy = slugs("pregnancy");
		List<String> both = slugs("heat pregnancy");
		assertThat(both).isNotEmpty()
			.allMatch((slug) -> heat.contains(slug) && pregnancy.contains(slug))
			.hasSizeLessThan(Math.min(heat.size(), pregnancy.size()) + 1);
		assertThat(slugs("heat zebrafish")).isEmpty();
		assertThat(slugs("the heat of the")).isEqualTo(heat);
		assertThat(slugs("")).isEmpty();
		assertThat(slugs("the and of")).isEmpty();
		assertThat(slugs("   ")).isEmpty();
	}

	private static List<String> slugs(String query) {
		return LIBRARY.search(query).stream().map((hit) -> hit.article().slug()).toList();
	}

}
