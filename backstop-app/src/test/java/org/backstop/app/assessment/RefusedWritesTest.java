package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.RefusedWrites;

/**
 * A person gets their answer while the database refuses writes (HAZ-020): through the
 * API, signed in or not; what could not be stored is said, and once the database takes
 * writes again things are stored as before.
 */
@ApiTest
class RefusedWritesTest {

	static final String RED_FLAG = AssessmentHistoryApiTest.RED_FLAG;

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void aSignedInAssessmentIsAnsweredWhileWritesAreRefusedAndKeptOnceTheyAreTaken() {
		Http anonymous = new Http(this.port);
		Http person = anonymous.withToken(People.patientWithToken(anonymous));
		HttpResponse<String> answered;
		try (RefusedWrites refused = RefusedWrites.in(this.dataSource)) {
			answered = person.postJson("/api/v1/assessments", RED_FLAG);
		}
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
		JsonNode answer = Http.json(answered);
		assertThat(answer.at("/triage/level").stringValue()).isEqualTo("emergency");
		assertThat(answer.at("/severity/level").stringValue()).isEqualTo("severe");
		assertThat(answer.get("stored").booleanValue()).as("says it was not kept").isFalse();
		assertThat(answer.has("id")).isFalse();
		assertThat(answered.headers().firstValue("Location")).isEmpty();
		assertThat(answered.body()).doesNotContain("Exception", "refuse_every_write", "REFUSE_EVERY_WRITE");

		HttpResponse<String> kept = person.postJson("/api/v1/assessments", RED_FLAG);
		assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
		assertThat(Http.json(kept).has("stored")).isFalse();
		assertThat(Http.json(person.get("/api/v1/assessments")).get("totalItems").longValue())
			.as("the refused one was not kept, the next one was")
			.isEqualTo(1);
	}

	@Test
	void anAnonymousAssessmentIsAnsweredWhileWritesAreRefused() {
		HttpResponse<String> answered;
		try (RefusedWrites refused = RefusedWrites.in(this.dataSource)) {
			answered = new Http(this.port).postJson("/api/v1/assessments", RED_FLAG);
		}
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
		assertThat(Http.json(answered).at("/triage/level").stringValue()).isEqualTo("emergency");
		assertThat(Http.json(answered).has("stored")).as("nothing was to be kept").isFalse();
	}

}
