package org.backstop.app.privacy;

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

/** The export holds everything kept about the caller, and nothing about anyone else. */
@ApiTest
class ExportApiTest {

	static final String SPASM = "{\"age\":35,\"sex\":\"female\",\"pain\":{\"intensity\":4,\"region\":\"lower_back\",\"durationDays\":2}}";

	static final String RED_FLAG = "{\"age\":58,\"sex\":\"male\",\"pain\":{\"intensity\":8,\"region\":\"lower_back\",\"durationDays\":1},\"symptoms\":[\"saddle_numbness\"]}";

	@LocalServerPort
	int port;

	Http anonymous;

	String email;

	String writeToken;

	Http person;

	@BeforeEach
	void setUp() {
		this.anonymous = new Http(this.port);
		this.email = People.signUp(this.anonymous);
		this.writeToken = People.token(this.anonymous, this.email, "write");
		this.person = this.anonymous.withToken(this.writeToken);
	}

	@Test
	void theExportHoldsTheAccountAssessmentsTokensAndAuditTrail() {
		String assessmentId = Http.json(this.person.postJson("/api/v1/assessments", RED_FLAG)).get("id").stringValue();
		String readToken = People.token(this.anonymous, this.email, "read");

		HttpResponse<String> response = this.person.get("/api/v1/account/export");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(Http.contentType(response)).startsWith("application/json");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
			.matches("attachment; filename=\"backstop-export-\\d{4}-\\d{2}-\\d{2}\\.json\"");
		assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		JsonNode export = Http.json(response);
		assertThat(export.get("format").stringValue()).isEqualTo("backstop-export/1");
		assertThat(export.get("exportedAt").stringValue()).endsWith("Z");
		assertThat(export.at("/account/email").stringValue()).isEqualTo(this.email);
		assertThat(export.at("/account/role").stringValue()).isEqualTo("PATIENT");
		assertThat(export.at("/account/createdAt").isMissingNode()).isFalse();

		JsonNode assessment = export.at("/assessments/0");
		assertThat(export.get("assessments").size()).isEqualTo(1);
		assertThat(assessment.get("id").stringValue()).isEqualTo(assessmentId);
		assertThat(assessment.at("/input/symptoms/0").stringValue()).isEqualTo("saddle_numbness");
		assertThat(assessment.at("/input/age").intValue()).isEqualTo(58);
		assertThat(assessment.at("/result/triage/level").stringValue()).isEqualTo("emergency");
		assertThat(assessment.at("/result/severity/level").stringValue()).isEqualTo("severe");

		List<String> tokenScopes = new ArrayList<>();
		export.get("accessTokens").forEach((token) -> {
			tokenScopes.add(token.get("scope").stringValue());
			assertThat(token.get("name").stringValue()).isEqualTo("test");
			assertThat(token.has("id")).isTrue();
			assertThat(token.has("token")).isFalse();
			assertThat(token.has("tokenHash")).isFalse();
		});
		assertThat(tokenScopes).containsExactlyInAnyOrder("write", "read");

		// No secret in any form: not the tokens, their hashes, nor the password or its
		// hash.
		assertThat(response.body()).doesNotContain(this.writeToken, readToken, People.PASSWORD, "argon2",
				"passwordHash", "hash");

		List<String> actions = new ArrayList<>();
		export.get("auditTrail").forEach((event) -> actions.add(event.get("action").stringValue()));
		assertThat(actions).containsExactly("create", "export");
	}

	@Test
	void theExportIsRecordedInTheAuditTrail() {
		this.person.get("/api/v1/account/export");
		JsonNode newest = Http.json(this.person.get("/api/v1/account/audit")).at("/items/0");
		assertThat(newest.get("action").stringValue()).isEqualTo("export");
		assertThat(newest.get("resource").stringValue()).isEqualTo("account");
		assertThat(newest.get("byThemselves").booleanValue()).isTrue();
	}

	@Test
	void assessmentsAreOldestFirst() {
		List<String> made = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			made.add(Http.json(this.person.postJson("/api/v1/assessments", SPASM)).get("id").stringValue());
		}
		List<String> exported = new ArrayList<>();
		Http.json(this.person.get("/api/v1/account/export"))
			.get("assessments")
			.forEach((a) -> exported.add(a.get("id").stringValue()));
		assertThat(exported).containsExactlyElementsOf(made);
	}

	@Test
	void anotherPersonsDataIsNeverInIt() {
		this.person.postJson("/api/v1/assessments", SPASM);
		String otherEmail = People.signUp(this.anonymous);
		String otherToken = People.token(this.anonymous, otherEmail, "write");
		Http other = this.anonymous.withToken(otherToken);
		String otherAssessment = Http.json(other.postJson("/api/v1/assessments", RED_FLAG)).get("id").stringValue();
		other.get("/api/v1/assessments/" + otherAssessment);
		String otherId = Http.json(other.get("/api/v1/account")).get("id").stringValue();

		String body = this.person.get("/api/v1/account/export").body();

		assertThat(body).doesNotContain(otherEmail, otherId, otherAssessment, "saddle_numbness");
		JsonNode export = Http.json(this.person.get("/api/v1/account/export"));
		assertThat(export.get("assessments").size()).isEqualTo(1);
		assertThat(export.get("accessTokens").size()).isEqualTo(1);
	}

	@Test
	void aReadTokenMayExportAndNoOneElseMay() {
		String readToken = People.token(this.anonymous, this.email, "read");
		assertThat(this.anonymous.withToken(readToken).get("/api/v1/account/export").statusCode()).isEqualTo(200);
		HttpResponse<String> anonymous = this.anonymous.get("/api/v1/account/export");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(Http.contentType(anonymous)).startsWith("application/problem+json");
	}

}
