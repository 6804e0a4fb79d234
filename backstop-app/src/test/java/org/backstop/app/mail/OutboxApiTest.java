package org.backstop.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.account.AccountService;
import org.backstop.app.account.Role;

/** The outbox as an administrator reads it, and as nobody else can. */
@ApiTest
class OutboxApiTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accountService;

	@Autowired
	MailOutbox outbox;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void onlyAnAdministratorReadsTheOutbox() {
		String patient = People.signUp(this.http);
		this.outbox.send(patient, "A note for you", "Hello,\n\nThis is a note.\n");

		HttpResponse<String> anonymous = this.http.get("/api/v1/admin/outbox");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		HttpResponse<String> asPatient = this.http.withToken(People.token(this.http, patient, "write"))
			.get("/api/v1/admin/outbox");
		assertThat(asPatient.statusCode()).isEqualTo(403);
		assertThat(Http.contentType(asPatient)).startsWith("application/problem+json");
		assertThat(asPatient.body()).doesNotContain(patient);

		Http admin = this.http.withToken(People.token(this.http, admin(), "read"));
		HttpResponse<String> listed = admin.get("/api/v1/admin/outbox?page=0&size=100");
		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
		JsonNode page = Http.json(listed);
		assertThat(page.get("totalItems").asLong()).isPositive();
		List<Instant> created = new ArrayList<>();
		JsonNode message = null;
		for (JsonNode item : page.get("items")) {
			created.add(Instant.parse(item.get("createdAt").stringValue()));
			if (item.get("recipient").stringValue().equals(patient)) {
				message = item;
			}
		}
		assertThat(created).as("newest first").isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(message).as("the message to " + patient).isNotNull();
		assertThat(message.get("subject").stringValue()).isEqualTo("A note for you");
		assertThat(message.get("body").stringValue()).isEqualTo("Hello,\n\nThis is a note.\n");
		assertThat(message.get("id").stringValue()).hasSize(36);
		assertThat(message.has("sentAt") && !message.get("sentAt").isNull()).as("no SMTP server is set").isFalse();
		assertThat(this.outbox.sendsMail()).isFalse();

		HttpResponse<String> one = admin.get("/api/v1/admin/outbox?size=1");
		assertThat(Http.json(one).get("items").size()).isEqualTo(1);
		assertThat(Http.json(one).get("size").asInt()).isEqualTo(1);
	}

	@Test
	void badPagingIsNamed() {
		Http admin = this.http.withToken(People.token(this.http, admin(), "read"));
		HttpResponse<String> bad = admin.get("/api/v1/admin/outbox?page=-1&size=1000");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(Http.errorFields(bad)).containsExactlyInAnyOrder("page", "size");
		assertThat(Http.errorFields(admin.get("/api/v1/admin/outbox?size=many"))).containsExactly("size");
	}

	@Test
	void withoutSmtpTheAppIsStillHealthy() {
		HttpResponse<String> health = this.http.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(Http.json(health).get("status").stringValue()).isEqualTo("UP");
	}

	private String admin() {
		String email = People.freshEmail();
		var made = this.accountService.signUp(email, People.PASSWORD, null, Role.ADMIN);
		assertThat(made.isValid()).as(String.valueOf(made)).isTrue();
		return email;
	}

}
