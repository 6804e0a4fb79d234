package org.backstop.app.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;

/** The library pages over HTTP, as a browser without JavaScript sees them. */
@ApiTest
class LibraryPagesTest {

	@LocalServerPort
	int port;

	@Test
	void theListShowsEveryArticleWithItsSummaryAndDateAndASearchForm() {
		HttpResponse<String> page = get("/library");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<form role=\"search\"", "action=\"/library\"", "name=\"q\"",
				"id=\"library-search\"", "id=\"library-results\"", "/css/library.css", "Heat, hot baths and saunas",
				"href=\"/library/heat-and-saunas\"", "Reviewed 25 November 2026", "All 20 articles");
		assertThat(page.body().split("<h1", -1)).hasSize(2);
	}

	@Test
	void searchWorksAsAPlainFormWithEscapedSnippets() {
		HttpResponse<String> page = get("/library?q=sauna");
		assertThat(page.statusCode()).isEqualTo(200);
		String results = results(page.body());
		assertThat(results).contains("href=\"/library/heat-and-saunas\"", "<mark>sauna</mark>");
		String heat = results(get("/library?q=heat").body());
		assertThat(heat.indexOf("/library/cold-and-its-risks")).isPositive();
		assertThat(heat.indexOf("/library/heat-and-saunas")).isLessThan(heat.indexOf("/library/cold-and-its-risks"));
		assertThat(page.body()).contains("value=\"sauna\"").doesNotContain("All 20 articles");

		HttpResponse<String> hostile = get("/library?q=" + encode("<script>alert(1)</script>"));
		assertThat(hostile.statusCode()).isEqualTo(200);
		assertThat(hostile.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
	}

	@Test
	void accentsAndCaseDoNotMatter() {
		assertThat(results(get("/library?q=" + encode("CIÁTICA")).body()))
			.contains("href=\"/library/scoliosis-and-pinched-nerves\"");
	}

	@Test
	void noResultsSaysSoAndSuggestsOtherWords() {
		String body = get("/library?q=zebrafish").body();
		assertThat(body).contains("id=\"library-no-results\"", "No article matches", "zebrafish",
				"href=\"/library?q=heat\"");
	}

	@Test
	void anOverLongQueryIsTrimmedAndSaysSo() {
		HttpResponse<String> page = get("/library?q=" + "heat+".repeat(60));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"library-trimmed\"", "first 200 characters",
				"href=\"/library/heat-and-saunas\"");
	}

	@Test
	void theResultsFragmentServesHtmx() {
		HttpResponse<String> fragment = get("/library/results?q=mattress");
		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body()).startsWith("<section id=\"library-results\"")
			.contains("href=\"/library/sleep-and-mattress\"")
			.doesNotContain("<html", "<h1");
		assertThat(fragment.headers().firstValue("HX-Push-Url")).hasValue("/library?q=mattress");
		assertThat(get("/library/results?q=" + encode("ciática dolor")).headers().firstValue("HX-Push-Url"))
			.hasValue("/library?q=ci%C3%A1tica%20dolor");
		assertThat(get("/library").body()).contains("hx-get=\"/library/results\"", "hx-target=\"#library-results\"");
	}

	@Test
	void anArticleShowsDateContentsSourcesToolsAndRelatedArticles() {
		HttpResponse<String> page = get("/library/heat-and-saunas");
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		assertThat(body.split("<h1", -1)).hasSize(2);
		assertThat(body).contains("<h1 id=\"article-title\">Heat, hot baths and saunas</h1>",
				"Reviewed 4 December 2026", "datetime=\"2026-12-04\"", "id=\"article-toc\"",
				"href=\"#heat-helps-a-little-and-soon\"", "<h2 id=\"heat-helps-a-little-and-soon\">",
				"Hannuksela ML, Ellahham S. Benefits and risks of sauna bathing",
				"href=\"https://www.acpjournals.org/doi/10.7326/M16-2367\"", "href=\"/plan\"", "href=\"/assess\"",
				"My self-care plan", "Check my back", "id=\"article-related\"", "href=\"/library/cold-and-its-risks\"");
	}

	@Test
	void otherSourcesAreListedToo() {
		assertThat(get("/library/posture-and-workstation").body()).contains("id=\"article-other-sources\"",
				"No consensus on causality of spine postures");
	}

	@Test
	void anUnknownArticleIsAPlainNotFoundPage() {
		HttpResponse<String> page = get("/library/no-such-article");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("id=\"library-not-found\"", "We could not find that article",
				"href=\"/library\"");
		assertThat(page.body()).doesNotContainIgnoringCase("exception").doesNotContain("at org.");
	}

	@Test
	void inSpanishEveryArticleIsShownInSpanish() {
		for (String path : new String[] { "/library", "/library?q=calor", "/library/heat-and-saunas", "/library/nope",
				"/library/massage" }) {
			String body = new Http(this.port).withHeader("Accept-Language", "es-ES").get(path).body();
			assertThat(body).as(path).contains("<html lang=\"es\"", "<main id=\"main\" class=\"library\">");
			assertThat(body).as(path).doesNotContain("??");
		}
		String spanish = new Http(this.port).withHeader("Accept-Language", "es-ES")
			.get("/library/heat-and-saunas")
			.body();
		assertThat(spanish)
			.contains("<article class=\"library-article\" aria-labelledby=\"article-title\" lang=\"es\">",
					"Calor, baños calientes y saunas", "Revisado el 4 de diciembre de 2026")
			.doesNotContain("id=\"article-in-english\"");
		assertThat(new Http(this.port).withHeader("Accept-Language", "es-ES").get("/library?q=calor").body())
			.contains("href=\"/library/heat-and-saunas\"");
		for (String path : new String[] { "/library", "/library?q=zebrafish", "/library/heat-and-saunas" }) {
			assertThat(get(path).body()).as(path).doesNotContain("??");
		}
	}

	private HttpResponse<String> get(String path) {
		return new Http(this.port).withHeader("Accept-Language", "en-GB").get(path);
	}

	private static String results(String body) {
		int start = body.indexOf("id=\"library-results\"");
		return body.substring(start, body.indexOf("</section>", start));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
