package org.backstop.app.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;

/**
 * Questionnaires over real HTTP: offered and due, answered and scored, refused by name.
 */
@ApiTest
class QuestionnaireApiTest {

	@LocalServerPort
	int port;

	private Http patient() {
		return new Http(this.port).withToken(People.patientWithToken(new Http(this.port)));
	}

	private static JsonNode offer(JsonNode offers, String id) {
		for (JsonNode offer : offers) {
			if (offer.get("id").stringValue().equals(id)) {
				return offer;
			}
		}
		throw new AssertionError("no offer " + id + " in " + offers);
	}

	@Test
	void thePegIsDueWeeklyAndItsScoresShowATrend() {
		Http owner = patient();
		JsonNode before = offer(Http.json(owner.get("/api/v1/questionnaires")), "peg");
		assertThat(before.get("due").booleanValue()).isTrue();
		assertThat(before.get("code").stringValue()).isEqualTo("91147-9");
		assertThat(before.get("items").size()).isEqualTo(3);
		HttpResponse<String> first = owner.postJson("/api/v1/questionnaires/peg/responses",
				"{\"date\":\"2026-11-01\",\"answers\":{\"pain\":8,\"enjoyment\":7,\"activity\":6}}");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(Http.json(first).get("score").doubleValue()).isEqualTo(7.0);
		owner.postJson("/api/v1/questionnaires/peg/responses",
				"{\"date\":\"2026-11-29\",\"answers\":{\"pain\":3,\"enjoyment\":3,\"activity\":3}}");
		JsonNode history = Http.json(owner.get("/api/v1/questionnaires/peg/responses"));
		assertThat(history.get("responses").size()).isEqualTo(2);
		assertThat(history.get("judgement").stringValue()).isEqualTo("improved");
		JsonNode after = offer(Http.json(owner.get("/api/v1/questionnaires")), "peg");
		assertThat(after.get("lastAnsweredOn").stringValue()).isEqualTo("2026-11-29");
		assertThat(after.get("nextDueOn").stringValue()).isEqualTo("2026-12-06");
	}

	@Test
	void badAnswersAreNamedAndNothingIsStored() {
		Http owner = patient();
		HttpResponse<String> outOfRange = owner.postJson("/api/v1/questionnaires/peg/responses",
				"{\"answers\":{\"pain\":11,\"enjoyment\":2}}");
		assertThat(outOfRange.statusCode()).isEqualTo(400);
		assertThat(Http.errorFields(outOfRange)).contains("answers.pain");
		HttpResponse<String> unknown = owner.postJson("/api/v1/questionnaires/nrs/responses",
				"{\"answers\":{\"pain\":3,\"mood\":2}}");
		assertThat(Http.errorFields(unknown)).containsExactly("answers.mood");
		assertThat(Http.errorFields(
				owner.postJson("/api/v1/questionnaires/nrs/responses", "{\"answers\":{\"pain\":3},\"date\":\"soon\"}")))
			.containsExactly("date");
		HttpResponse<String> clinicianOnly = owner.postJson("/api/v1/questionnaires/odi/responses", "{\"answers\":{}}");
		assertThat(Http.errorFields(clinicianOnly)).containsExactly("instrument");
		assertThat(owner.postJson("/api/v1/questionnaires/mood/responses", "{\"answers\":{}}").statusCode())
			.isEqualTo(404);
		assertThat(Http.json(owner.get("/api/v1/questionnaires/peg/responses")).get("responses").size()).isZero();
		assertThat(Http.json(owner.get("/api/v1/questionnaires/nrs/responses")).get("responses").size()).isZero();
	}

}
