package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.account.AccountService;
import org.backstop.app.account.Role;

/** Health is open to load balancers; metrics only to an administrator. */
@ApiTest
class MetricsApiTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void anAdministratorsTokenReadsPrometheusMetricsAndNobodyElseDoes() {
		assertThat(this.http.get("/actuator/prometheus").statusCode()).as("anonymous").isEqualTo(401);
		assertThat(this.http.get("/actuator/metrics").statusCode()).as("anonymous").isEqualTo(401);
		Http patient = this.http.withToken(People.patientWithToken(this.http));
		assertThat(patient.get("/actuator/prometheus").statusCode()).as("a patient").isEqualTo(403);

		Http admin = this.http.withToken(People.token(this.http, admin(), "read"));
		assertThat(admin.get("/api/v1/rules").statusCode()).isEqualTo(200);
		HttpResponse<String> scraped = admin.get("/actuator/prometheus");
		assertThat(scraped.statusCode()).isEqualTo(200);
		assertThat(Http.contentType(scraped)).startsWith("text/plain");
		assertThat(scraped.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count",
				"hikaricp_connections_active");
		// Addresses are counted by their pattern, never by a person's id.
		assertThat(scraped.body()).contains("uri=\"/api/v1/rules\"").doesNotContainPattern("uri=\"[^\"]*[0-9a-f]{8}-");
		assertThat(admin.get("/actuator/metrics/jvm.memory.used").statusCode()).isEqualTo(200);
	}

	@Test
	void healthAndItsProbesAreOpenAndSayOnlyUpOrDown() {
		HttpResponse<String> health = this.http.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(Http.json(health).get("status").stringValue()).isEqualTo("UP");
		assertThat(health.body()).doesNotContain("components", "details");
		assertThat(this.http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/actuator").statusCode()).as("no list of endpoints").isEqualTo(404);
		assertThat(this.http.get("/actuator/env").statusCode()).as("never exposed").isEqualTo(404);
	}

	private String admin() {
		String email = People.freshEmail();
		assertThat(this.accounts.signUp(email, People.PASSWORD, null, Role.ADMIN).isValid()).isTrue();
		return email;
	}

}
