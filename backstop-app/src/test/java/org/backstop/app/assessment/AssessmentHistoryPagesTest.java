package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.ApiTest;
import org.backstop.app.Forms;
import org.backstop.app.Http;
import org.backstop.app.People;

/**
 * The saved assessments pages over real HTTP, as a browser without JavaScript sees them:
 * the list with its pain figures, one assessment again, deleting one, and nobody else's.
 */
@ApiTest
class AssessmentHistoryPagesTest {

	static final String CALM = """
			{"age":35,"sex":"male","pain":{"intensity":3,"region":"lower_back","durationDays":2}}""";

	static final String CHEST_PAIN = """
			{"age":61,"sex":"male","pain":{"intensity":8,"region":"upper_back","durationDays":0},
			 "symptoms":["chest_pain"]}""";

	private static final Pattern ROW = Pattern.compile("<tr data-pain=\"(\\d*)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListShowsEachSavedAssessmentNewestFirstWithItsLevelInWordsAndItsPain() {
		Person person = new Person();
		String calm = person.save(CALM);
		String urgent = person.save(CHEST_PAIN);

		HttpResponse<String> page = person.browser.get("/account/assessments");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(painColumn(page.body())).containsExactly("8", "3");
		assertThat(page.body())
			.contains("You have saved 2 assessments", "Emergency: call an ambulance", "Self-care",
					"badge level--emergency_ambulance", "Pain (0 to 10)", "Saved assessments (times in ",
					"/account/assessments/" + calm, "/account/assessments/" + urgent, "id=\"pain-chart\"",
					"/dist/chart.umd.min.js")
			.doesNotContain("id=\"older\"", "id=\"no-assessments\"");
		assertThat(person.browser.get("/account").body()).contains("href=\"/account/assessments\"");
	}

	@Test
	void someoneWithNothingSavedIsToldHowToSaveOne() {
		HttpResponse<String> page = new Person().browser.get("/account/assessments");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"no-assessments\"", "href=\"/assess\"")
			.doesNotContain("id=\"saved-assessments\"", "id=\"pain-chart\"");
	}

	@Test
	void twentyOneAssessmentsTakeTwoPages() {
		Person person = new Person();
		for (int i = 0; i < 21; i++) {
			person.save(CALM);
		}
		HttpResponse<String> first = person.browser.get("/account/assessments");
		assertThat(painColumn(first.body())).hasSize(20);
		assertThat(first.body()).contains("Page 1 of 2", "id=\"older\"", "/account/assessments?page=1")
			.doesNotContain("id=\"newer\"");
		HttpResponse<String> second = person.browser.get("/account/assessments?page=1");
		assertThat(painColumn(second.body())).hasSize(1);
		assertThat(second.body()).contains("Page 2 of 2", "id=\"newer\"").doesNotContain("id=\"older\"");
		HttpResponse<String> pastTheEnd = person.browser.get("/account/assessments?page=7");
		assertThat(pastTheEnd.statusCode()).isEqualTo(302);
		assertThat(pastTheEnd.headers().firstValue("Location").orElse("")).endsWith("/account/assessments?page=1");
		HttpResponse<String> hand = person.browser.get("/account/assessments?page=minus-one");
		assertThat(hand.statusCode()).isEqualTo(302);
		assertThat(hand.headers().firstValue("Location").orElse("")).endsWith("/account/assessments");
	}

	@Test
	void oneSavedAssessmentShowsItsResultAgainWithItsPlanAndCanBeDeleted() {
		Person person = new Person();
		String id = person.save(CHEST_PAIN);
		HttpResponse<String> page = person.browser.get("/account/assessments/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("Your saved assessment", "id=\"saved-at\"", "id=\"call-emergency\"", "/plan?assessment=" + id,
					"id=\"delete-assessment\"")
			.doesNotContain("id=\"save-assessment\"", "id=\"rules-changed\"");

		HttpResponse<String> forged = person.browser.postForm("/account/assessments/" + id + "/delete", Map.of());
		assertThat(forged.statusCode()).as("no CSRF token").isEqualTo(403);
		assertThat(person.api.get("/api/v1/assessments/" + id).statusCode()).isEqualTo(200);

		HttpResponse<String> asked = person.browser.get("/account/assessments/" + id + "/delete");
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("Delete this saved assessment?", "cannot be undone", "id=\"confirm-delete\"",
				"Emergency: call an ambulance", "id=\"keep\"");
		assertThat(person.api.get("/api/v1/assessments/" + id).statusCode()).as("asking deletes nothing")
			.isEqualTo(200);
		HttpResponse<String> deleted = person.browser.postForm("/account/assessments/" + id + "/delete",
				Map.of("_csrf", Forms.csrfToken(asked)));
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(deleted.headers().firstValue("Location").orElse("")).endsWith("/account/assessments?deleted");
		assertThat(person.browser.get("/account/assessments?deleted").body()).contains("id=\"deleted\"",
				"id=\"no-assessments\"");
		assertThat(person.api.get("/api/v1/assessments/" + id).statusCode()).isEqualTo(404);
		assertThat(person.browser.get("/account/assessments/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void aSavedAssessmentWithNotSureAnswersSaysHowTheyWereRead() {
		Person person = new Person();
		String id = person.save("""
				{"age":35,"sex":"male","pain":{"intensity":3,"region":"lower_back","durationDays":2,
				 "radiation":"below_knee","onset":"not_sure"},"symptomsNotSure":["saddle_numbness"]}""");
		String page = person.browser.get("/account/assessments/" + id).body();
		assertThat(page).contains("Your saved assessment", "data-level=\"emergency\"", "id=\"not-sure\"",
				"How did it start?</span> — <strong>read as: ",
				"Numbness between my legs or around my back passage</span> — <strong>read as present</strong>",
				"If you can find out, answer again.");
		assertThat(person.browser.get("/account/assessments/" + person.save(CALM)).body())
			.doesNotContain("id=\"not-sure\"");
	}

	@Test
	void whenTheRulesHaveChangedSinceSavingThePageSaysWhatItSaidThen() {
		Person person = new Person();
		String id = person.save(CHEST_PAIN);
		this.jdbc.sql("UPDATE assessment SET triage_level = 'self_care' WHERE id = ?")
			.param(UUID.fromString(id))
			.update();
		String page = person.browser.get("/account/assessments/" + id).body();
		assertThat(page).contains("id=\"rules-changed\"", "the answer was: Self-care", "id=\"call-emergency\"");
	}

	@Test
	void anotherPersonsAssessmentIsNotFoundAndNotDeleted() {
		Person owner = new Person();
		String id = owner.save(CHEST_PAIN);
		Person stranger = new Person();
		HttpResponse<String> look = stranger.browser.get("/account/assessments/" + id);
		assertThat(look.statusCode()).isEqualTo(404);
		assertThat(look.body()).doesNotContain("chest", "call-emergency", id);
		assertThat(stranger.browser.get("/account/assessments").body()).contains("id=\"no-assessments\"")
			.doesNotContain(id);
		HttpResponse<String> delete = stranger.browser.postForm("/account/assessments/" + id + "/delete",
				Map.of("_csrf", Forms.csrfToken(stranger.browser, "/account")));
		assertThat(delete.statusCode()).isEqualTo(404);
		assertThat(owner.api.get("/api/v1/assessments/" + id).statusCode()).isEqualTo(200);
		assertThat(stranger.browser.get("/account/assessments/" + id + "/delete").statusCode()).isEqualTo(404);
		assertThat(stranger.browser.get("/account/assessments/not-an-id").statusCode()).isEqualTo(404);

		HttpResponse<String> anonymous = Http.browser(this.port).get("/account/assessments/" + id);
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/sign-in");
	}

	@Test
	void theListAndOneAssessmentSpeakSpanish() {
		Person person = new Person();
		String id = person.save(CALM);
		Http spanish = person.browser.withHeader("Accept-Language", "es");
		assertThat(spanish.get("/account/assessments").body()).contains("Tus evaluaciones guardadas",
				"Has guardado una evaluación", "Cuidados en casa", "Dolor (0 a 10)");
		assertThat(spanish.get("/account/assessments/" + id).body()).contains("Tu evaluación guardada", "Guardada el",
				"Borrar esta evaluación");
	}

	private static List<String> painColumn(String html) {
		Matcher rows = ROW.matcher(html);
		List<String> pains = new ArrayList<>();
		while (rows.find()) {
			pains.add(rows.group(1));
		}
		return pains;
	}

	/** A new person, with a token for the API and a signed-in browser for the pages. */
	private final class Person {

		final Http api;

		final Http browser;

		Person() {
			Http http = new Http(AssessmentHistoryPagesTest.this.port);
			String email = People.signUp(http);
			this.api = http.withToken(People.token(http, email, "write"));
			this.browser = People.signedIn(AssessmentHistoryPagesTest.this.port, email);
		}

		String save(String input) {
			HttpResponse<String> stored = this.api.postJson("/api/v1/assessments", input);
			assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
			return Http.json(stored).get("id").stringValue();
		}

	}

}
