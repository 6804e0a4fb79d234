package org.backstop.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.ApiTest;
import org.backstop.app.Forms;
import org.backstop.app.Http;

/**
 * A visitor's session is written when it changes, not on every view; and an anonymous API
 * call makes no session at all.
 */
@ApiTest
class SparingSessionsApiTest {

	private static final String INPUT = """
			{"age": 41, "sex": "female", "pain": {"intensity": 5, "region": "neck", "durationDays": 2}}
			""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void viewingTheResultAndThePlanWritesNothing() {
		Set<String> before = Set.copyOf(sessionIds());
		Http browser = Http.browser(this.port);
		HttpResponse<String> pasted = browser.postForm("/plan/input",
				Map.of("input", INPUT, "_csrf", Forms.csrfToken(browser, "/plan/input")));
		assertThat(pasted.statusCode()).isEqualTo(302);
		List<String> made = sessionIds().stream().filter((id) -> !before.contains(id)).toList();
		assertThat(made).as("the visitor's session").hasSize(1);
		long written = lastAccess(made.get(0));
		for (int view = 0; view < 3; view++) {
			assertThat(browser.get("/plan").body()).contains("id=\"section-");
			assertThat(browser.get("/assess/result").statusCode()).isEqualTo(200);
		}
		assertThat(lastAccess(made.get(0))).as("last access time after the views").isEqualTo(written);
		// A change is still written: the tailored plan is the one shown next.
		HttpResponse<String> tailored = browser.postForm("/plan/preferences",
				Map.of("equipment", "heat_pack", "_csrf", Forms.csrfToken(browser, "/plan")));
		assertThat(tailored.statusCode()).isEqualTo(302);
		assertThat(browser.get("/plan").body()).containsPattern("id=\"equipment-heat_pack\"[^>]*checked");
	}

	@Test
	void anAnonymousApiCallMakesNoSession() {
		Set<String> before = Set.copyOf(sessionIds());
		Http stranger = new Http(this.port);
		for (String path : List.of("/api/v1/assessments", "/api/v1/plans")) {
			HttpResponse<String> answer = stranger.postJson(path, INPUT);
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			assertThat(answer.headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
		assertThat(sessionIds()).as("sessions made by the calls").allMatch(before::contains);
	}

	private List<String> sessionIds() {
		return this.jdbc.sql("SELECT PRIMARY_ID FROM SPRING_SESSION").query(String.class).list();
	}

	private long lastAccess(String primaryId) {
		return this.jdbc.sql("SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE PRIMARY_ID = ?")
			.param(primaryId)
			.query(Long.class)
			.single();
	}

}
