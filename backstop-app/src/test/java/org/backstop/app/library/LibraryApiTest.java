package org.backstop.app.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.core.knowledge.Source;

/** {@code /api/v1/library}: listing, searching and one article, open to anyone. */
@ApiTest
class LibraryApiTest {

	@LocalServerPort
	int port;

	@Test
	void listsEveryArticleWithoutSigningIn() {
		HttpResponse<String> answer = new Http(this.port).get("/api/v1/library");
		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode articles = Http.json(answer);
		assertThat(articles.size()).isEqualTo(20);
		JsonNode heat = find(articles, "heat-and-saunas");
		assertThat(heat.get("title").stringValue()).isEqualTo("Heat, hot baths and saunas");
		assertThat(heat.get("reviewed").stringValue()).isEqualTo("2026-12-04");
		assertThat(heat.get("url").stringValue()).isEqualTo("/library/heat-and-saunas");
		assertThat(heat.get("tags").toString()).contains("sauna");
		assertThat(heat.get("tools").toString()).contains("\"/plan\"", "\"assessment\"");
	}

	@Test
	void searchesBestMatchFirst() {
		List<String> slugs = slugs(new Http(this.port).get("/api/v1/library?q=Sauna"));
		assertThat(slugs).first().isEqualTo("heat-and-saunas");
		assertThat(slugs(new Http(this.port).get("/api/v1/library?q=" + encode("ciática"))))
			.contains("scoliosis-and-pinched-nerves");
		assertThat(slugs(new Http(this.port).get("/api/v1/library?q=sauna+zebrafish"))).isEmpty();
		assertThat(slugs(new Http(this.port).get("/api/v1/library?q="))).hasSize(20);
	}

	@Test
	void anOverLongQueryIsRefusedNamingTheField() {
		HttpResponse<String> answer = new Http(this.port).get("/api/v1/library?q=" + "a".repeat(201));
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(Http.contentType(answer)).startsWith("application/problem+json");
		assertThat(Http.errorFields(answer)).containsExactly("q");
		assertThat(new Http(this.port).get("/api/v1/library?q=" + "a".repeat(200)).statusCode()).isEqualTo(200);
	}

	@Test
	void oneArticleWithSafeHtmlAndFullSources() {
		HttpResponse<String> answer = new Http(this.port).get("/api/v1/library/heat-and-saunas");
		assertThat(answer.statusCode()).isEqualTo(200);
		// Http.json reads with the assessment mapper, whose string limit is below an
		// article's size.
		JsonNode article = JsonMapper.builder().build().readTree(answer.body());
		assertThat(article.get("html").stringValue()).contains("<h2 id=\"heat-helps-a-little-and-soon\">")
			.doesNotContain("<h1", "<script");
		assertThat(article.get("headings").get(0).get("id").stringValue()).isEqualTo("heat-helps-a-little-and-soon");
		JsonNode acp = article.get("sources").get(0);
		assertThat(acp.get("shortName").stringValue()).isEqualTo("ACP 2017");
		assertThat(acp.get("citation").stringValue()).startsWith("Qaseem A");
		assertThat(acp.get("url").stringValue()).startsWith("https://");
		assertThat(acp.get("checked").stringValue()).isEqualTo(Source.ACP2017.checked().toString());
	}

	/**
	 * In the reader's language, as the pages: Spanish where an article is written in
	 * Spanish, English elsewhere, each saying which, and the answer saying its languages.
	 */
	@Test
	void answersInTheReadersLanguageWhereWrittenAndEnglishElsewhere() {
		HttpResponse<String> spanish = new Http(this.port).withHeader("Accept-Language", "es-MX,es;q=0.9")
			.get("/api/v1/library");
		assertThat(spanish.statusCode()).isEqualTo(200);
		assertThat(spanish.headers().allValues("Vary").toString()).contains("Accept-Language");
		JsonNode articles = Http.json(spanish);
		assertThat(articles.size()).isEqualTo(20);
		JsonNode heat = find(articles, "heat-and-saunas");
		assertThat(heat.get("language").stringValue()).isEqualTo("es");
		assertThat(heat.get("title").stringValue()).isEqualTo("Calor, baños calientes y saunas");
		assertThat(heat.get("url").stringValue()).isEqualTo("/library/heat-and-saunas");
		// Every item says its language: Spanish or, where not written yet, English.
		List<String> english = new ArrayList<>();
		for (JsonNode article : articles) {
			assertThat(article.get("language").stringValue()).isIn("es", "en");
			if (article.get("language").stringValue().equals("en")) {
				english.add(article.get("slug").stringValue());
			}
		}
		assertThat(spanish.headers().firstValue("Content-Language")).hasValue(english.isEmpty() ? "es" : "es, en");
		// In English, every article is English.
		HttpResponse<String> inEnglish = new Http(this.port).withHeader("Accept-Language", "en-GB")
			.get("/api/v1/library");
		assertThat(inEnglish.headers().firstValue("Content-Language")).hasValue("en");
		assertThat(find(Http.json(inEnglish), "heat-and-saunas").get("title").stringValue())
			.isEqualTo("Heat, hot baths and saunas");
		Http.json(inEnglish).forEach((article) -> assertThat(article.get("language").stringValue()).isEqualTo("en"));
		// A language Backstop does not speak is English; lang= wins, as on the pages.
		assertThat(new Http(this.port).withHeader("Accept-Language", "fr-FR")
			.get("/api/v1/library")
			.headers()
			.firstValue("Content-Language")).hasValue("en");
		HttpResponse<String> chosen = new Http(this.port).withHeader("Accept-Language", "en-US")
			.get("/api/v1/library?lang=es");
		assertThat(find(Http.json(chosen), "heat-and-saunas").get("language").stringValue()).isEqualTo("es");
		// The Spanish shelf is searched in Spanish.
		assertThat(slugs(new Http(this.port).withHeader("Accept-Language", "es").get("/api/v1/library?q=sauna")))
			.first()
			.isEqualTo("heat-and-saunas");
		// One article: Spanish where written, else English, saying so.
		HttpResponse<String> one = new Http(this.port).withHeader("Accept-Language", "es-ES")
			.get("/api/v1/library/heat-and-saunas");
		assertThat(one.headers().firstValue("Content-Language")).hasValue("es");
		assertThat(one.headers().allValues("Vary").toString()).contains("Accept-Language");
		JsonNode article = JsonMapper.builder().build().readTree(one.body());
		assertThat(article.get("language").stringValue()).isEqualTo("es");
		assertThat(article.get("title").stringValue()).isEqualTo("Calor, baños calientes y saunas");
		assertThat(article.get("html").stringValue()).doesNotContain("<h1", "<script");
		// Five of twenty are written in Spanish so far.
		if (!english.isEmpty()) {
			HttpResponse<String> notYet = new Http(this.port).withHeader("Accept-Language", "es-ES")
				.get("/api/v1/library/" + english.get(0));
			assertThat(notYet.statusCode()).isEqualTo(200);
			assertThat(notYet.headers().firstValue("Content-Language")).hasValue("en");
			assertThat(JsonMapper.builder().build().readTree(notYet.body()).get("language").stringValue())
				.isEqualTo("en");
		}
	}

	@Test
	void anUnknownArticleIsANotFoundProblem() {
		HttpResponse<String> answer = new Http(this.port).get("/api/v1/library/no-such-article");
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(Http.contentType(answer)).startsWith("application/problem+json");
		assertThat(Http.json(answer).get("detail").stringValue()).contains("/api/v1/library");
	}

	@Test
	void theApiIsDescribedInOpenApi() {
		String spec = new Http(this.port).get("/v3/api-docs").body();
		assertThat(spec).contains("/api/v1/library", "/api/v1/library/{slug}", "Accept-Language", "Content-Language");
	}

	private static JsonNode find(JsonNode articles, String slug) {
		for (JsonNode article : articles) {
			if (article.get("slug").stringValue().equals(slug)) {
				return article;
			}
		}
		throw new AssertionError("no article " + slug);
	}

	private static List<String> slugs(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(200);
		List<String> slugs = new ArrayList<>();
		Http.json(answer).forEach((article) -> slugs.add(article.get("slug").stringValue()));
		return slugs;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
