package org.backstop.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.ApiTest;
import org.backstop.app.Forms;
import org.backstop.app.Http;
import org.backstop.app.People;

/**
 * A changed password shuts out whoever got in with the old one: other sessions,
 * remembered sign-ins and access tokens end, the browser making the change stays, and the
 * owner is told, in the answer and by email.
 */
@ApiTest
class PasswordChangeApiTest {

	static final String NEW_PASSWORD = "copper kettle on the hill";

	static final String SUBJECT = "Your Backstop password was changed";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void aChangeThroughTheApiEndsEveryOtherSession() {
		String email = People.signUp(this.http);
		Http otherBrowser = People.signedIn(this.port, email);
		assertThat(otherBrowser.get("/api/v1/account").statusCode()).isEqualTo(200);

		HttpResponse<String> changed = changeWithToken(email);

		assertThat(otherBrowser.get("/api/v1/account").statusCode()).isEqualTo(401);
		assertThat(sessionsOf(email)).isZero();
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
	}

	@Test
	void aChangeOnTheAccountPageEndsOtherSessionsButKeepsThisOne() {
		String email = People.signUp(this.http);
		Http otherBrowser = People.signedIn(this.port, email);
		Http browser = People.signedIn(this.port, email);
		List<String> sessionsBefore = sessionIds(email);
		assertThat(sessionsBefore).hasSize(2);

		HttpResponse<String> changed = browser.postForm("/account/password", Map.of("currentPassword", People.PASSWORD,
				"newPassword", NEW_PASSWORD, "_csrf", Forms.csrfToken(browser, "/account")));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
		assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/account?password-changed");
		assertThat(browser.get("/account?password-changed").body()).contains("Your password is changed",
				"every remembered sign-in", "every access token");

		assertThat(browser.get("/api/v1/account").statusCode()).as("this browser stays signed in").isEqualTo(200);
		assertThat(otherBrowser.get("/api/v1/account").statusCode()).isEqualTo(401);
		assertThat(sessionIds(email)).as("one session left, under a new id")
			.hasSize(1)
			.doesNotContainAnyElementsOf(sessionsBefore);
	}

	@Test
	void theAccountPageShowsProblemsBesideTheFieldsAndChangesNothing() {
		String email = People.signUp(this.http);
		String token = People.token(this.http, email, "read");
		Http browser = People.signedIn(this.port, email);
		HttpResponse<String> wrong = browser.postForm("/account/password", Map.of("currentPassword",
				"not my password at all", "newPassword", "short", "_csrf", Forms.csrfToken(browser, "/account")));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("id=\"currentPassword-error\"", "role=\"alert\"");
		HttpResponse<String> weak = browser.postForm("/account/password", Map.of("currentPassword", People.PASSWORD,
				"newPassword", "passwordpassword", "_csrf", Forms.csrfToken(wrong)));
		assertThat(weak.body()).contains("id=\"newPassword-error\"", "too common");
		assertThat(this.http.withToken(token).get("/api/v1/account").statusCode()).isEqualTo(200);
		assertThat(subjects(email)).doesNotContain(SUBJECT);
	}

	@Test
	void aChangeEndsRememberedSignIns() {
		String email = People.signUp(this.http);
		String rememberMe = People.rememberMeCookie(this.port, email);
		assertThat(rememberMeRows(email)).isOne();

		HttpResponse<String> changed = changeWithToken(email);

		HttpResponse<String> after = this.http.withHeader("Cookie", rememberMe).get("/api/v1/account");
		assertThat(after.statusCode()).as("the kept sign-in no longer works").isEqualTo(401);
		assertThat(rememberMeRows(email)).isZero();
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
	}

	@Test
	void aChangeRevokesEveryAccessTokenAndSaysSo() {
		String email = People.signUp(this.http);
		String reader = People.token(this.http, email, "read");
		assertThat(this.http.withToken(reader).get("/api/v1/account").statusCode()).isEqualTo(200);

		HttpResponse<String> changed = changeWithToken(email);

		HttpResponse<String> refused = this.http.withToken(reader).get("/api/v1/account");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(Http.contentType(refused)).startsWith("application/problem+json");
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(Http.json(changed).get("message").stringValue()).contains("other session", "remembered sign-in",
				"access token");
		assertThat(People.token(this.http, email, "read", NEW_PASSWORD)).as("a new token works").startsWith("bst_");
	}

	@Test
	void theOwnerIsToldByEmail() {
		String email = People.signUp(this.http);
		assertThat(subjects(email)).doesNotContain(SUBJECT);
		changeWithToken(email);
		List<String> bodies = this.jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ? AND subject = ?")
			.params(email, SUBJECT)
			.query(String.class)
			.list();
		assertThat(bodies).hasSize(1);
		assertThat(bodies.get(0)).contains("was just changed", "signed out", "keep me signed in", "access token",
				"http://localhost:" + this.port + "/password-reset");
	}

	/** Changes the password through the API with a write token of the account. */
	private HttpResponse<String> changeWithToken(String email) {
		return this.http.withToken(People.token(this.http, email, "write"))
			.postJson("/api/v1/account/password",
					"{\"currentPassword\":\"" + People.PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}");
	}

	private List<String> sessionIds(String email) {
		return this.jdbc.sql("SELECT SESSION_ID FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?")
			.param(email)
			.query(String.class)
			.list();
	}

	private int sessionsOf(String email) {
		return count("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", email);
	}

	private int rememberMeRows(String email) {
		return count("SELECT COUNT(*) FROM persistent_logins WHERE username = ?", email);
	}

	private List<String> subjects(String email) {
		return this.jdbc.sql("SELECT subject FROM mail_outbox WHERE recipient = ?")
			.param(email)
			.query(String.class)
			.list();
	}

	private int count(String sql, String email) {
		return this.jdbc.sql(sql).param(email).query(Integer.class).single();
	}

}
