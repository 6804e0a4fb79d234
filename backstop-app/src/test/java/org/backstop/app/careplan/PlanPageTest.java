package org.backstop.app.careplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Forms;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.system.RenderedFragments;

/** The plan pages over real HTTP, in a browser that keeps its session. */
@ApiTest
class PlanPageTest {

	static final String PREGNANT_ULCER_RAYNAUDS = """
			{"age": 31, "sex": "female", "pregnant": true, "pregnancyWeeks": 30,
			 "pain": {"intensity": 6, "region": "lower_back", "durationDays": 4},
			 "history": ["stomach_ulcer", "raynauds"],
			 "preferences": {"equipment": ["heat_pack", "sauna_access"], "weightKg": 70}}
			""";

	static final String EMERGENCY = """
			{"age": 50, "sex": "male",
			 "pain": {"intensity": 8, "region": "lower_back", "durationDays": 1},
			 "symptoms": ["urinary_retention", "saddle_numbness"]}
			""";

	static final String SIMPLE = """
			{"age": 40, "sex": "male", "pain": {"intensity": 5, "region": "lower_back", "durationDays": 3}}
			""";

	@LocalServerPort
	int port;

	@Autowired
	RenderedFragments fragments;

	/** A browser that has pasted this input on /plan/input and followed to /plan. */
	Http browserWith(String input) {
		Http browser = Http.browser(this.port).withHeader("Accept-Language", "en-GB");
		String csrf = Forms.csrfToken(browser, "/plan/input");
		HttpResponse<String> posted = browser.postForm("/plan/input", Map.of("input", input, "_csrf", csrf));
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
		assertThat(posted.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/plan"));
		return browser;
	}

	@Test
	void withoutAnAssessmentAFriendlyPageLeadsToTheCheck() {
		HttpResponse<String> page = Http.browser(this.port).get("/plan");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"no-plan\"", "href=\"/assess\"", "href=\"/plan/input\"")
			.doesNotContain("Exception");
		assertThat(Http.browser(this.port).get("/plan/print").body()).contains("id=\"no-plan\"");
	}

	@Test
	void aPregnantPersonWithAnUlcerAndRaynaudsSeesWhatWasLeftOutAndWhy() {
		String body = browserWith(PREGNANT_ULCER_RAYNAUDS).get("/plan").body();
		String excluded = body.substring(body.indexOf("id=\"excluded\""));
		assertThat(excluded).contains("id=\"excluded-ibuprofen\"", "id=\"excluded-naproxen\"",
				"id=\"excluded-cold_pack\"", "id=\"excluded-infrared_sauna\"", "id=\"excluded-prone_press_up\"");
		// Each left-out item says why, with where that comes from.
		String ibuprofen = excluded.substring(excluded.indexOf("id=\"excluded-ibuprofen\""));
		assertThat(ibuprofen.substring(0, ibuprofen.indexOf("id=\"excluded-", 10))).contains("Source:", "ulcer");
		// The kept items are dosed and cited, and nothing left out is suggested.
		assertThat(body)
			.contains("id=\"item-heat_wrap\"", "About 20 minutes at a time", "20 minutes a session",
					"Evidence: Moderate evidence", "Source:</span> <cite lang=\"en\">ACP 2017", "href=\"/timers/heat\"")
			.doesNotContain("id=\"item-ibuprofen\"", "id=\"item-cold_pack\"", "id=\"item-infrared_sauna\"",
					"id=\"item-prone_press_up\"");
		assertThat(body.indexOf("id=\"item-heat_wrap\"")).isLessThan(body.indexOf("id=\"excluded\""));
		assertThat(body).doesNotContain("id=\"urgent\"");
	}

	/**
	 * The plan's sections are rendered once per input and language, then reused; what is
	 * reused is still that input's plan in that language.
	 */
	@Test
	void theSectionsAreRenderedOncePerInputAndLanguage() {
		// An input no other test sends, so no earlier view has rendered its sections.
		String input = PREGNANT_ULCER_RAYNAUDS.replace("\"age\": 31", "\"age\": 32");
		Http browser = browserWith(input);
		String first = browser.get("/plan").body();
		long renders = this.fragments.renders();
		String again = browser.get("/plan").body();
		assertThat(this.fragments.renders()).as("renders on the second view").isEqualTo(renders);
		assertThat(sectionsOf(again)).isEqualTo(sectionsOf(first)).contains("id=\"excluded-ibuprofen\"");
		// Another person's plan is theirs, not the one kept.
		String simple = browserWith(SIMPLE).get("/plan").body();
		assertThat(sectionsOf(simple)).doesNotContain("id=\"excluded-ibuprofen\"").isNotEqualTo(sectionsOf(first));
		// The same input in Spanish is rendered in Spanish.
		String spanish = browser.withHeader("Accept-Language", "es-ES").get("/plan").body();
		assertThat(sectionsOf(spanish)).contains(">Calor<", "Fuente:").doesNotContain(">Heat<", "Source:");
		assertThat(sectionsOf(browser.get("/plan").body())).isEqualTo(sectionsOf(first));
	}

	/** From the first section to the end of the left-out items. */
	private static String sectionsOf(String page) {
		int start = page.indexOf("<details id=\"section-");
		assertThat(start).as("a plan with sections").isPositive();
		return page.substring(start, page.indexOf("</details>", page.indexOf("id=\"excluded\"")));
	}

	@Test
	void exercisesShowTheirDrawingStepsAndTimer() {
		String body = browserWith(SIMPLE).get("/plan").body();
		assertThat(body).contains("id=\"item-pelvic_tilt\"", "src=\"/exercises/pelvic_tilt.svg\"",
				"href=\"/timers/stretch?seconds=5\"", "<ol>");
		assertThat(new Http(this.port).get("/exercises/pelvic_tilt.svg").statusCode()).isEqualTo(200);
	}

	@Test
	void anEmergencyOpensWithSeekingCare() {
		String body = browserWith(EMERGENCY).get("/plan").body();
		assertThat(body).contains("id=\"urgent\"", "level--emergency", "First: get care");
		int urgent = body.indexOf("id=\"urgent\"");
		assertThat(urgent).isLessThan(body.indexOf("id=\"excluded\""));
		assertThat(body).doesNotContain("id=\"section-exercises\"");
	}

	@Test
	void spanishHeadingsAndItems() {
		Http browser = browserWith(PREGNANT_ULCER_RAYNAUDS);
		String body = browser.withHeader("Accept-Language", "es-ES").get("/plan").body();
		assertThat(body)
			.contains("<html lang=\"es\"", "Tu plan de autocuidado", "Lo que se ha dejado fuera de tu plan, y por qué",
					">Calor<", "Ajusta tu plan", "Fuente:", ">Sigue moviéndote<", ">Bolsa de calor o parche térmico<")
			.doesNotContain(">Keep moving<");
	}

	@Test
	void thePrintablePageIsCompactWithTheTriageLevelAndTheItems() {
		Http browser = browserWith(PREGNANT_ULCER_RAYNAUDS);
		assertThat(browser.get("/plan").body()).contains("href=\"/plan/print\"");
		HttpResponse<String> print = browser.get("/plan/print");
		assertThat(print.statusCode()).isEqualTo(200);
		assertThat(print.body())
			.contains("My self-care plan", "level--self_care", "id=\"item-heat_wrap\"", "About 20 minutes at a time",
					"/css/plan.css", "id=\"excluded-ibuprofen\"")
			.doesNotContain("class=\"site-header\"", "<form");
		assertThat(new Http(this.port).get("/css/plan.css").body()).contains("@media print", "@page");
	}

	@Test
	void preferencesChangeThePlan() {
		Http browser = browserWith(SIMPLE);
		assertThat(browser.get("/plan").body()).doesNotContain("id=\"item-hot_water_bottle\"");
		String csrf = Forms.csrfToken(browser, "/plan");
		HttpResponse<String> posted = browser.postForm("/plan/preferences",
				Map.of("equipment", "hot_water_bottle", "dislikes", "stretch", "_csrf", csrf));
		assertThat(posted.statusCode()).isEqualTo(302);
		String body = browser.get("/plan?updated").body();
		assertThat(body).contains("id=\"item-hot_water_bottle\"", "Your plan has been updated",
				"id=\"equipment-hot_water_bottle\" name=\"equipment\" value=\"hot_water_bottle\" checked");
	}

	@Test
	void aBadPreferenceIsNamedBesideItsFieldAndNothingChanges() {
		Http browser = browserWith(SIMPLE);
		String before = browser.get("/plan").body();
		String csrf = Forms.csrfToken(browser, "/plan");
		HttpResponse<String> posted = browser.postForm("/plan/preferences",
				Map.of("equipment", "treadmill", "currentMedicines", "ibuprofen", "_csrf", csrf));
		assertThat(posted.statusCode()).isEqualTo(400);
		assertThat(posted.body())
			.contains("id=\"prefs-errors\"", "href=\"#equipment\"", "id=\"equipment-error\"", "aria-invalid=\"true\"",
					"Please choose from the list.")
			.doesNotContain("Exception");
		// The stored input is unchanged: the plan still does not know of the ibuprofen.
		String after = browser.get("/plan").body();
		assertThat(after).doesNotContain("name=\"currentMedicines\" value=\"ibuprofen\" checked");
		assertThat(withoutToken(after.substring(after.indexOf("<h1"))))
			.isEqualTo(withoutToken(before.substring(before.indexOf("<h1"))));
	}

	/** The page without its CSRF token, which is masked afresh on every page. */
	static String withoutToken(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	@Test
	void badInputIsNamedFieldByFieldAndNotRemembered() {
		Http browser = Http.browser(this.port);
		String csrf = Forms.csrfToken(browser, "/plan/input");
		HttpResponse<String> posted = browser.postForm("/plan/input", Map.of("input",
				"{\"age\": 400, \"sex\": \"female\", \"pain\": {\"intensity\": 5, \"region\": \"knee\", \"durationDays\": 1}}",
				"_csrf", csrf));
		assertThat(posted.statusCode()).isEqualTo(400);
		assertThat(posted.body()).contains("id=\"input-errors\"", "<code>age</code>", "<code>pain.region</code>",
				"aria-invalid=\"true\"", "&quot;age&quot;: 400");
		assertThat(browser.get("/plan").body()).contains("id=\"no-plan\"");
		HttpResponse<String> broken = browser.postForm("/plan/input",
				Map.of("input", "{\"age\": ", "_csrf", Forms.csrfToken(browser, "/plan/input")));
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.body()).contains("id=\"input-errors\"").doesNotContain("Exception");
	}

	@Test
	void aStoredAssessmentOnlyForItsOwner() {
		Http api = new Http(this.port);
		String email = People.signUp(api);
		String token = People.token(api, email, "write");
		String id = Http.json(api.withToken(token).postJson("/api/v1/assessments", SIMPLE)).get("id").stringValue();

		Http owner = People.signedIn(this.port, email);
		HttpResponse<String> own = owner.get("/plan?assessment=" + id);
		assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
		assertThat(own.body()).contains("id=\"item-heat_wrap\"", "/plan/print?assessment=" + id)
			.doesNotContain("id=\"tailor\"");
		// The same id in another form names nothing, as in every path of the API.
		assertThat(owner.get("/plan?assessment=" + id.toUpperCase()).statusCode()).isEqualTo(404);

		Http other = People.signedIn(this.port, People.signUp(api));
		HttpResponse<String> theirs = other.get("/plan?assessment=" + id);
		assertThat(theirs.statusCode()).isEqualTo(404);
		assertThat(theirs.body()).contains("id=\"not-found\"").doesNotContain("heat_wrap");
		assertThat(Http.browser(this.port).get("/plan?assessment=" + id).statusCode()).isEqualTo(404);
		assertThat(Http.browser(this.port).get("/plan?assessment=not-an-id").statusCode()).isEqualTo(404);
	}

}
