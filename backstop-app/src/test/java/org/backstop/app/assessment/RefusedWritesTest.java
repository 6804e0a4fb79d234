package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backstop.app.assessment.WizardWalk.location;

import java.net.http.HttpResponse;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.RefusedWrites;

/**
 * A person gets their answer while the database refuses writes (HAZ-020): through the
 * API, signed in or not, and through the wizard; what could not be stored is said, and
 * once the database takes writes again things are stored as before.
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

	@Test
	void theWizardShowsTheLevelWhileWritesAreRefusedAndKeepsItsAnswersOnceTheyAreTaken() {
		WizardWalk walk = new WizardWalk(Http.browser(this.port));
		long keptBefore = sessionsHoldingAResult();
		try (RefusedWrites refused = RefusedWrites.in(this.dataSource)) {
			walk.walk(WizardWalk.withSymptoms("chest_pain"));
			HttpResponse<String> result = walk.browser.get("/assess/result");
			assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
			assertThat(result.body()).contains("data-level=\"emergency_ambulance\"");
		}
		assertThat(sessionsHoldingAResult()).as("nothing stored while refused").isEqualTo(keptBefore);

		HttpResponse<String> again = walk.browser.get("/assess/result");
		assertThat(again.body()).contains("data-level=\"emergency_ambulance\"");
		assertThat(sessionsHoldingAResult()).as("the session is stored once writes are taken")
			.isEqualTo(keptBefore + 1);
	}

	@Test
	void aSignedInPersonSeesTheirResultAndIsToldItWasNotSavedWhileWritesAreRefused() {
		String email = People.signUp(new Http(this.port));
		WizardWalk walk = new WizardWalk(People.signedIn(this.port, email));
		Http api = new Http(this.port).withToken(People.token(new Http(this.port), email, "read"));
		try (RefusedWrites refused = RefusedWrites.in(this.dataSource)) {
			walk.walk(WizardWalk.withSymptoms("fever"));
			HttpResponse<String> result = walk.browser.get("/assess/result");
			assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
			assertThat(result.body()).contains("data-level=\"consultation_24\"", "id=\"save-assessment\"");

			HttpResponse<String> save = walk.postForm("/assess/result", "/assess/save", Map.of());
			assertThat(save.statusCode()).as(save.body()).isEqualTo(302);
			assertThat(location(save)).isEqualTo("/assess/result?notSaved#save");
			String told = walk.browser.get("/assess/result?notSaved").body();
			assertThat(told).contains("data-level=\"consultation_24\"", "id=\"not-saved\"",
					"Your assessment was not saved", "id=\"save-assessment\"");
		}

		HttpResponse<String> saved = walk.postForm("/assess/result", "/assess/save", Map.of());
		assertThat(location(saved)).isEqualTo("/assess/result?saved#save");
		assertThat(walk.browser.get("/assess/result?saved").body()).contains("id=\"saved\"")
			.doesNotContain("id=\"not-saved\"");
		JsonNode history = Http.json(api.get("/api/v1/assessments"));
		assertThat(history.get("totalItems").longValue()).isEqualTo(1);
		assertThat(history.at("/items/0/triage/level").stringValue()).isEqualTo("consultation_24");
	}

	private long sessionsHoldingAResult() {
		return JdbcClient.create(this.dataSource)
			.sql("SELECT COUNT(*) FROM SPRING_SESSION_ATTRIBUTES WHERE ATTRIBUTE_NAME = ?")
			.param(LastAssessment.ATTRIBUTE)
			.query(Long.class)
			.single();
	}

}
