package org.backstop.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;

/**
 * Deleting an account takes the password and the typed phrase, and then leaves nothing
 * behind: not the account, its assessments, tokens, audit entries, remember-me sign-ins,
 * sessions nor mail.
 */
@ApiTest
class AccountDeletionApiTest {

	static final String SPASM = "{\"age\":35,\"sex\":\"female\",\"pain\":{\"intensity\":4,\"region\":\"lower_back\",\"durationDays\":2}}";

	static final String CONFIRMED = "{\"password\":\"" + People.PASSWORD + "\",\"confirm\":\"delete my account\"}";

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http anonymous;

	String email;

	String token;

	Http person;

	UUID id;

	@BeforeEach
	void setUp() {
		this.anonymous = new Http(this.port);
		this.email = People.signUp(this.anonymous);
		this.token = People.token(this.anonymous, this.email, "write");
		this.person = this.anonymous.withToken(this.token);
		this.id = UUID.fromString(Http.json(this.person.get("/api/v1/account")).get("id").stringValue());
		assertThat(this.person.postJson("/api/v1/assessments", SPASM).statusCode()).isEqualTo(201);
	}

	@Test
	void aWrongPasswordOrAMissingPhraseDeletesNothing() {
		HttpResponse<String> response = this.person.deleteJson("/api/v1/account",
				"{\"password\":\"not my password at all\",\"confirm\":\"delete my account\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Http.contentType(response)).startsWith("application/problem+json");
		assertThat(Http.errorFields(response)).containsExactly("password");

		response = this.person.deleteJson("/api/v1/account", "{\"password\":\"" + People.PASSWORD + "\"}");
		assertThat(Http.errorFields(response)).containsExactly("confirm");
		response = this.person.deleteJson("/api/v1/account",
				"{\"password\":\"" + People.PASSWORD + "\",\"confirm\":\"yes\"}");
		assertThat(Http.errorFields(response)).containsExactly("confirm");
		response = this.person.deleteJson("/api/v1/account", "{\"password\":\"wrong one\",\"confirm\":\"delete\"}");
		assertThat(Http.errorFields(response)).containsExactlyInAnyOrder("password", "confirm");
		response = this.person.deleteJson("/api/v1/account", "{}");
		assertThat(Http.errorFields(response)).containsExactlyInAnyOrder("password", "confirm");
		response = this.person.deleteJson("/api/v1/account", CONFIRMED.replace("}", ",\"force\":true}"));
		assertThat(Http.errorFields(response)).containsExactly("force");
		response = this.person.deleteJson("/api/v1/account", "[1, 2");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(this.person.delete("/api/v1/account").statusCode()).isEqualTo(415);

		assertThat(count("SELECT COUNT(*) FROM account WHERE id = ?", this.id)).isOne();
		assertThat(count("SELECT COUNT(*) FROM assessment WHERE account_id = ?", this.id)).isOne();
		assertThat(this.person.get("/api/v1/account").statusCode()).isEqualTo(200);
	}

	@Test
	void aReadTokenCannotDelete() {
		Http reader = this.anonymous.withToken(People.token(this.anonymous, this.email, "read"));
		assertThat(reader.deleteJson("/api/v1/account", CONFIRMED).statusCode()).isEqualTo(403);
		assertThat(count("SELECT COUNT(*) FROM account WHERE id = ?", this.id)).isOne();
	}

	@Test
	void withThePasswordAndThePhraseEverythingIsGoneForGood() {
		Http browser = signedInBrowser(this.email);
		assertThat(count("SELECT COUNT(*) FROM persistent_logins WHERE username = ?", this.email)).isOne();
		assertThat(count("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", this.email)).isOne();
		queueMailTo(this.email.toUpperCase());
		this.person.get("/api/v1/account/export");
		assertThat(count("SELECT COUNT(*) FROM audit_event WHERE subject_id = ?", this.id)).isEqualTo(2);
		String otherToken = People.patientWithToken(this.anonymous);
		Http other = this.anonymous.withToken(otherToken);
		other.postJson("/api/v1/assessments", SPASM);
		String otherEmail = Http.json(other.get("/api/v1/account")).get("email").stringValue();
		queueMailTo(otherEmail);

		HttpResponse<String> deleted = this.person.deleteJson("/api/v1/account", CONFIRMED);

		assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
		assertThat(this.person.get("/api/v1/account").statusCode()).isEqualTo(401);
		assertThat(browser.get("/api/v1/account").statusCode()).isEqualTo(401);
		assertThat(count("SELECT COUNT(*) FROM account WHERE id = ?", this.id)).isZero();
		assertThat(count("SELECT COUNT(*) FROM assessment WHERE account_id = ?", this.id)).isZero();
		assertThat(count("SELECT COUNT(*) FROM access_token WHERE account_id = ?", this.id)).isZero();
		assertThat(count("SELECT COUNT(*) FROM audit_event WHERE subject_id = ? OR actor_id = ?", this.id, this.id))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM persistent_logins WHERE username = ?", this.email)).isZero();
		assertThat(count("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", this.email)).isZero();
		assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE LOWER(recipient) = ?", this.email)).isZero();

		// Nobody else loses anything.
		assertThat(Http.json(other.get("/api/v1/assessments")).get("totalItems").longValue()).isOne();
		assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", otherEmail)).isOne();

		// The address is free again.
		HttpResponse<String> again = this.anonymous.postJson("/api/v1/accounts",
				"{\"email\":\"" + this.email + "\",\"password\":\"" + People.PASSWORD + "\"}");
		assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
		String newId = Http
			.json(this.anonymous.withToken(People.token(this.anonymous, this.email, "read")).get("/api/v1/account"))
			.get("id")
			.stringValue();
		assertThat(newId).isNotEqualTo(this.id.toString());
	}

	@Test
	void aBrowserSessionDeletesWithItsCsrfTokenAndIsSignedOut() {
		Http browser = signedInBrowser(this.email);
		assertThat(browser.deleteJson("/api/v1/account", CONFIRMED).statusCode()).isEqualTo(403);
		String csrf = csrf(browser.get("/account").body());

		HttpResponse<String> deleted = browser.withHeader("X-CSRF-TOKEN", csrf)
			.deleteJson("/api/v1/account", CONFIRMED);

		assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
		assertThat(browser.get("/api/v1/account").statusCode()).isEqualTo(401);
		assertThat(count("SELECT COUNT(*) FROM account WHERE id = ?", this.id)).isZero();
	}

	@Test
	void theAccountPageShowsProblemsBesideTheFieldsThenDeletesAndSignsOut() {
		Http browser = signedInBrowser(this.email);
		String page = browser.get("/account").body();
		assertThat(page).contains("action=\"/account/delete\"", "for=\"delete-password\"", "for=\"delete-confirm\"",
				"href=\"/api/v1/account/export\"");
		assertThat(
				browser.postForm("/account/delete", Map.of("password", People.PASSWORD, "confirm", "delete my account"))
					.statusCode())
			.isEqualTo(403);

		HttpResponse<String> wrong = browser.postForm("/account/delete",
				form(csrf(page), "not my password at all", "delete my account"));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("id=\"delete-password-error\"", "role=\"alert\"", "is not your password")
			.doesNotContain("id=\"delete-confirm-error\"");
		assertThat(count("SELECT COUNT(*) FROM account WHERE id = ?", this.id)).isOne();

		HttpResponse<String> done = browser.postForm("/account/delete",
				form(csrf(wrong.body()), People.PASSWORD, "Delete my account "));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/?deleted");
		assertThat(count("SELECT COUNT(*) FROM account WHERE id = ?", this.id)).isZero();
		assertThat(count("SELECT COUNT(*) FROM persistent_logins WHERE username = ?", this.email)).isZero();
		HttpResponse<String> after = browser.get("/account");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
	}

	/** A browser signed in with the form, "keep me signed in" ticked. */
	Http signedInBrowser(String email) {
		Http browser = Http.browser(this.port);
		String csrf = csrf(browser.get("/sign-in").body());
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("email", email);
		fields.put("password", People.PASSWORD);
		fields.put("remember-me", "on");
		fields.put("_csrf", csrf);
		HttpResponse<String> signedIn = browser.postForm("/sign-in", fields);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/account");
		assertThat(browser.get("/api/v1/account").statusCode()).isEqualTo(200);
		return browser;
	}

	static Map<String, String> form(String csrf, String password, String confirm) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("password", password);
		fields.put("confirm", confirm);
		fields.put("_csrf", csrf);
		return fields;
	}

	static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
		return matcher.group(1);
	}

	void queueMailTo(String recipient) {
		this.jdbc.sql("INSERT INTO mail_outbox (id, recipient, subject, body, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), recipient, "Your Backstop account", "Hello", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
	}

	long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
