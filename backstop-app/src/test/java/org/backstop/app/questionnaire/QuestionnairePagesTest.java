package org.backstop.app.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Forms;
import org.backstop.app.Http;
import org.backstop.app.People;

/**
 * The questionnaire pages over real HTTP: the list with what is due, a form answered and
 * read back through the API, problems beside their item with the answers kept, the
 * clinician-entered ones without a form, in English and Spanish, for the signed-in person
 * only.
 */
@ApiTest
class QuestionnairePagesTest {

	@LocalServerPort
	int port;

	@Test
	void answeringThePegFromThePageStoresAResponseTheApiLists() {
		Person person = new Person();
		HttpResponse<String> form = person.browser.get("/account/questionnaires/peg");
		assertThat(form.body()).contains("Over the past week, how bad was your pain on average?", "id=\"pain-0\"",
				"id=\"pain-10\"", "id=\"activity-10\"");

		HttpResponse<String> saved = person.browser.postForm("/account/questionnaires/peg",
				Map.of("_csrf", Forms.csrfToken(form), "pain", "6", "enjoyment", "5", "activity", "4"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElse(""))
			.endsWith("/account/questionnaires/peg?saved#latest");

		JsonNode history = Http.json(person.api.get("/api/v1/questionnaires/peg/responses"));
		assertThat(history.get("responses").size()).isEqualTo(1);
		assertThat(history.get("responses").get(0).get("score").doubleValue()).isEqualTo(5.0);
		assertThat(history.get("responses").get(0).get("answers").get("pain").intValue()).isEqualTo(6);

		String after = person.browser.get("/account/questionnaires/peg?saved").body();
		assertThat(after).contains("id=\"saved\"", "id=\"latest-score\"", "5 out of 10", "id=\"past-answers\"",
				"id=\"trend-more\"", "answer it on one more day");
	}

	@Test
	void aSecondAnswerShowsTheTrendAndTheBandInPlainWords() {
		Person person = new Person();
		person.api.postJson("/api/v1/questionnaires/nrs/responses",
				"{\"date\":\"2026-11-01\",\"answers\":{\"pain\":8}}");
		person.api.postJson("/api/v1/questionnaires/nrs/responses",
				"{\"date\":\"2026-11-20\",\"answers\":{\"pain\":3}}");
		String page = person.browser.get("/account/questionnaires/nrs").body();
		assertThat(page).contains("id=\"latest-band\"", "mild pain", "id=\"trend-judgement\"",
				"better by a change that matters", "data-when=\"2026-11-01\"", "data-when=\"2026-11-20\"");
	}

	@Test
	void aMissingItemIsNamedBesideItAndTheChosenAnswersStayChecked() {
		Person person = new Person();
		HttpResponse<String> bad = person.browser.postForm("/account/questionnaires/peg", Map.of("_csrf",
				Forms.csrfToken(person.browser, "/account/questionnaires/peg"), "pain", "7", "activity", "3"));
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("id=\"item-enjoyment-error\"", "every item of")
			.doesNotContain("id=\"item-pain-error\"", "id=\"item-activity-error\"")
			.containsPattern("id=\"pain-7\"[^>]*checked")
			.containsPattern("id=\"activity-3\"[^>]*checked")
			.doesNotContainPattern("id=\"pain-6\"[^>]*checked");
		assertThat(Http.json(person.api.get("/api/v1/questionnaires/peg/responses")).get("responses").size())
			.as("nothing stored")
			.isZero();
	}

	@Test
	void theListPutsDueOnesFirstAndSaysWhyAClinicianEntersTheOthers() {
		Person person = new Person();
		person.api.postJson("/api/v1/questionnaires/nrs/responses", "{\"answers\":{\"pain\":2}}");
		String list = person.browser.get("/account/questionnaires").body();
		assertThat(list)
			.contains("id=\"due-peg\"", "id=\"due-start_back\"", "Oswestry Disability Index",
					"Roland-Morris Disability Questionnaire", "their licences do not let Backstop show their questions")
			.doesNotContain("id=\"due-nrs\"", "href=\"/account/questionnaires/odi\"");
		assertThat(list.indexOf("id=\"offer-peg\"")).as("due ones first").isLessThan(list.indexOf("id=\"offer-nrs\""));
		assertThat(person.browser.get("/account").body()).contains("href=\"/account/questionnaires\"");
		assertThat(person.browser.get("/account/diary").body()).contains("href=\"/account/questionnaires\"");
	}

	@Test
	void theOswestryIndexHasNoFormOnlyASentenceSayingAClinicianEntersIt() {
		Person person = new Person();
		HttpResponse<String> odi = person.browser.get("/account/questionnaires/odi");
		assertThat(odi.body()).contains("id=\"clinician-only\"", "its licence does not let Backstop show its questions")
			.doesNotContain("questionnaire-form");
		HttpResponse<String> posted = person.browser.postForm("/account/questionnaires/odi",
				Map.of("_csrf", Forms.csrfToken(person.browser, "/account/questionnaires/peg"), "pain_intensity", "3"));
		assertThat(posted.body()).contains("id=\"clinician-only\"");
		assertThat(Http.json(person.api.get("/api/v1/questionnaires/odi/responses")).get("responses").size()).isZero();
		assertThat(person.browser.get("/account/questionnaires/no_such_thing").statusCode()).isEqualTo(404);
	}

	@Test
	void startBackShowsItsTopicsAndSaysTheyAreNotTheWording() {
		Person person = new Person();
		String page = person.browser.get("/account/questionnaires/start_back").body();
		assertThat(page)
			.contains("id=\"topics-only\"", "Topic: back pain spreading down a leg", "Agree", "Disagree", "Extremely",
					"id=\"q9-4\"")
			.doesNotContain("id=\"q1-2\"");
	}

	@Test
	void thePagesSpeakSpanish() {
		Person person = new Person();
		Http spanish = person.browser.withHeader("Accept-Language", "es");
		assertThat(spanish.get("/account/questionnaires").body()).contains("Cuestionarios", "Toca ahora",
				"Los rellena un profesional", "Índice de discapacidad de Oswestry");
		assertThat(spanish.get("/account/questionnaires/peg").body()).contains(
				"En la última semana, ¿cuánto te dolió de media?", "0 es nada, 10 del todo.", "Guardar mis respuestas");
		assertThat(spanish.get("/account/questionnaires/start_back").body()).contains("Estoy de acuerdo", "Muchísimo",
				"Universidad de Keele");
		HttpResponse<String> bad = spanish.postForm("/account/questionnaires/peg",
				Map.of("_csrf", Forms.csrfToken(spanish, "/account/questionnaires/peg"), "pain", "7"));
		assertThat(bad.body())
			.contains("cada pregunta de PEG (dolor, disfrute de la vida, actividad diaria) necesita respuesta")
			.doesNotContain("enjoyment of life");
	}

	@Test
	void signedOutVisitorsAreSentToSignIn() {
		Http anonymous = Http.browser(this.port);
		for (String page : new String[] { "/account/questionnaires", "/account/questionnaires/peg" }) {
			HttpResponse<String> answer = anonymous.get(page);
			assertThat(answer.statusCode()).as(page).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location").orElse("")).as(page).endsWith("/sign-in");
		}
	}

	/** A new person, with a token for the API and a signed-in browser for the pages. */
	private final class Person {

		final Http api;

		final Http browser;

		Person() {
			Http http = new Http(QuestionnairePagesTest.this.port);
			String email = People.signUp(http);
			this.api = http.withToken(People.token(http, email, "write"));
			this.browser = People.signedIn(QuestionnairePagesTest.this.port, email);
		}

	}

}
