package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;

/** A signed-in person's assessments are kept, listed in pages, read and deleted. */
@ApiTest
class AssessmentHistoryApiTest {

	static final String SPASM = "{\"age\":35,\"sex\":\"female\",\"pain\":{\"intensity\":4,\"region\":\"lower_back\",\"durationDays\":2}}";

	static final String RED_FLAG = "{\"age\":58,\"sex\":\"male\",\"pain\":{\"intensity\":8,\"region\":\"lower_back\",\"durationDays\":1},\"symptoms\":[\"saddle_numbness\"]}";

	@LocalServerPort
	int port;

	Http anonymous;

	Http person;

	@BeforeEach
	void setUp() {
		this.anonymous = new Http(this.port);
		this.person = this.anonymous.withToken(People.patientWithToken(this.anonymous));
	}

	@Test
	void anonymousAssessmentsAreAnsweredAndNotKept() {
		HttpResponse<String> response = this.anonymous.postJson("/api/v1/assessments", SPASM);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Http.json(response).has("id")).isFalse();
	}

	@Test
	void aSignedInAssessmentIsKeptWithItsInputAndResult() {
		HttpResponse<String> created = this.person.postJson("/api/v1/assessments", RED_FLAG);
		assertThat(created.statusCode()).isEqualTo(201);
		String id = Http.json(created).get("id").stringValue();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/assessments/" + id);
		JsonNode stored = Http.json(this.person.get("/api/v1/assessments/" + id));
		assertThat(stored.get("id").stringValue()).isEqualTo(id);
		assertThat(stored.at("/input/symptoms/0").stringValue()).isEqualTo("saddle_numbness");
		assertThat(stored.at("/triage/level").stringValue()).isEqualTo("emergency");
		assertThat(stored.at("/severity/level").stringValue()).isEqualTo("severe");
		assertThat(stored.get("createdAt").stringValue()).endsWith("Z");
	}

	@Test
	void badInputFromASignedInPersonStoresNothing() {
		HttpResponse<String> bad = this.person.postJson("/api/v1/assessments", "{\"age\":-1}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(Http.json(this.person.get("/api/v1/assessments")).get("totalItems").longValue()).isZero();
	}

	@Test
	void theListIsNewestFirstInStablePages() {
		List<String> made = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			made.add(0, Http.json(this.person.postJson("/api/v1/assessments", SPASM)).get("id").stringValue());
		}
		List<String> listed = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			JsonNode answer = Http.json(this.person.get("/api/v1/assessments?size=2&page=" + page));
			assertThat(answer.get("totalItems").longValue()).isEqualTo(5);
			assertThat(answer.get("totalPages").longValue()).isEqualTo(3);
			answer.get("items").forEach((item) -> {
				listed.add(item.get("id").stringValue());
				assertThat(item.has("input")).isFalse();
			});
		}
		assertThat(listed).containsExactlyElementsOf(made);
	}

	@Test
	void badPagingIsNamed() {
		HttpResponse<String> response = this.person.get("/api/v1/assessments?page=-1&size=1000");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Http.errorFields(response)).containsExactlyInAnyOrder("page", "size");
		assertThat(Http.errorFields(this.person.get("/api/v1/assessments?size=abc"))).containsExactly("size");
	}

	@Test
	void deletedIsGoneForGood() {
		String id = Http.json(this.person.postJson("/api/v1/assessments", SPASM)).get("id").stringValue();
		assertThat(this.person.delete("/api/v1/assessments/" + id).statusCode()).isEqualTo(204);
		assertThat(this.person.get("/api/v1/assessments/" + id).statusCode()).isEqualTo(404);
		assertThat(this.person.delete("/api/v1/assessments/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void onlyTheCanonicalFormOfAnIdNamesAnAssessment() {
		String id = Http.json(this.person.postJson("/api/v1/assessments", SPASM)).get("id").stringValue();
		for (String other : List.of(id.toUpperCase(), id.replace("-", ""), "1-1-1-1-1", "not-an-id")) {
			HttpResponse<String> read = this.person.get("/api/v1/assessments/" + other);
			assertThat(read.statusCode()).as(other).isEqualTo(404);
			assertThat(Http.contentType(read)).as(other).startsWith("application/problem+json");
			assertThat(Http.json(read).get("type").stringValue()).isEqualTo("urn:backstop:problem:not-found");
			assertThat(this.person.delete("/api/v1/assessments/" + other).statusCode()).as(other).isEqualTo(404);
		}
		assertThat(this.person.get("/api/v1/assessments/" + id).statusCode()).isEqualTo(200);
	}

	@Test
	void anotherPersonsIdAnswersNotFoundNeverTheirData() {
		String id = Http.json(this.person.postJson("/api/v1/assessments", RED_FLAG)).get("id").stringValue();
		Http stranger = this.anonymous.withToken(People.patientWithToken(this.anonymous));
		HttpResponse<String> read = stranger.get("/api/v1/assessments/" + id);
		assertThat(read.statusCode()).isEqualTo(404);
		assertThat(read.body()).doesNotContain("saddle_numbness");
		assertThat(stranger.delete("/api/v1/assessments/" + id).statusCode()).isEqualTo(404);
		assertThat(this.person.get("/api/v1/assessments/" + id).statusCode()).isEqualTo(200);
		assertThat(Http.json(stranger.get("/api/v1/assessments")).get("totalItems").longValue()).isZero();
	}

	@Test
	void thePersonSeesWhoReadAndChangedTheirData() {
		String id = Http.json(this.person.postJson("/api/v1/assessments", SPASM)).get("id").stringValue();
		this.person.get("/api/v1/assessments/" + id);
		this.person.get("/api/v1/assessments");
		JsonNode audit = Http.json(this.person.get("/api/v1/account/audit"));
		List<String> actions = new ArrayList<>();
		audit.get("items").forEach((event) -> {
			actions.add(event.get("action").stringValue());
			assertThat(event.get("byThemselves").booleanValue()).isTrue();
		});
		assertThat(actions).containsExactly("list", "read", "create");
	}

}
