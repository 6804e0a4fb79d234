package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.SlowTest;
import org.backstop.app.TestDatabase;
import org.backstop.core.json.StrictJson;

/**
 * An acknowledged write survives the process being killed outright: the real app runs as
 * a separate JVM, stores an assessment, is killed with SIGKILL the moment it answers 201,
 * and is started again on the same data. On H2 (a file under a fresh data folder) always;
 * on PostgreSQL instead when the tests run there.
 */
@Tag("database")
@SlowTest
class DurabilityTest {

	static final String INPUT = "{\"age\":61,\"sex\":\"male\",\"pain\":{\"intensity\":6,\"region\":\"mid_back\","
			+ "\"durationDays\":9,\"onset\":\"gradual\"},\"symptoms\":[\"night_sweats\"],\"history\":[\"osteoporosis\"]}";

	@TempDir
	Path dataDir;

	@Test
	void anAcknowledgedAssessmentSurvivesAKilledProcess() throws Exception {
		TestDatabase.Schema schema = TestDatabase.isPostgresql() ? TestDatabase.freshPostgresqlSchema() : null;
		try {
			Map<String, String> environment = (schema != null) ? Map.of("BACKSTOP_DB_URL", schema.url(),
					"BACKSTOP_DB_USER", schema.user(), "BACKSTOP_DB_PASSWORD", schema.password()) : Map.of();
			String email;
			String token;
			String id;
			try (AppProcess first = AppProcess.start(this.dataDir, environment, "first")) {
				Http http = new Http(first.port);
				email = People.signUp(http);
				token = People.token(http, email, "write");
				HttpResponse<String> created = http.withToken(token).postJson("/api/v1/assessments", INPUT);
				first.kill();
				if (System.getProperty("os.name").startsWith("Linux")) {
					assertThat(first.process.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
				}
				assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
				id = Http.json(created).get("id").stringValue();
			}
			try (AppProcess second = AppProcess.start(this.dataDir, environment, "second")) {
				Http person = new Http(second.port).withToken(token);
				HttpResponse<String> account = person.get("/api/v1/account");
				assertThat(account.statusCode()).as("the token is still known: " + account.body()).isEqualTo(200);
				assertThat(Http.json(account).get("email").stringValue()).isEqualTo(email);
				HttpResponse<String> stored = person.get("/api/v1/assessments/" + id);
				assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
				JsonNode expected = StrictJson.mapper().readTree(INPUT);
				assertThat(Http.json(stored).get("input")).isEqualTo(expected);
				// The password hash survived too: the account can still sign in.
				People.token(new Http(second.port), email, "read");
			}
		}
		finally {
			if (schema != null) {
				schema.close();
			}
		}
	}

}
