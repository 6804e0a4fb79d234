package org.backstop.app.passwordreset;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
import org.backstop.app.security.Secrets;

/**
 * Password reset over real HTTP with no SMTP server: the link is read from the outbox, as
 * an administrator would.
 */
@ApiTest
class PasswordResetApiTest {

	static final String NEW_PASSWORD = "quiet meadow under snow";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	PasswordResets resets;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void aLinkFromTheOutboxSetsTheNewPasswordOnce() {
		String email = People.signUp(this.http);
		HttpResponse<String> asked = askFor(email.toUpperCase());
		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
		assertThat(Http.json(asked).get("message").stringValue()).contains("If an account exists", "30 minutes");

		var messages = this.jdbc.sql("SELECT subject, body, sent_at FROM mail_outbox WHERE recipient = ?")
			.param(email)
			.query()
			.listOfRows();
		assertThat(messages).hasSize(1);
		assertThat(messages.get(0).get("sent_at")).as("no SMTP server is set").isNull();
		String body = (String) messages.get(0).get("body");
		assertThat(body).contains("http://localhost:" + this.port + "/password-reset/confirm?token=", "30 minutes");
		String token = ResetLinks.token(body);
		assertThat(Http.json(asked).toString()).doesNotContain(token);

		var stored = this.jdbc
			.sql("SELECT r.token_hash, r.created_at, r.expires_at, r.used_at FROM password_reset r "
					+ "JOIN account a ON a.id = r.account_id WHERE a.email = ?")
			.param(email)
			.query()
			.listOfRows();
		assertThat(stored).hasSize(1);
		assertThat(stored.get(0).get("token_hash").toString().strip()).isEqualTo(Secrets.hash(token))
			.hasSize(64)
			.doesNotContain(token);
		assertThat(Duration.between(instant(stored.get(0).get("created_at")), instant(stored.get(0).get("expires_at"))))
			.isEqualTo(Duration.ofMinutes(30));

		HttpResponse<String> confirmed = confirm(token, NEW_PASSWORD);
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
		assertThat(tokenWith(email, People.PASSWORD).statusCode()).isEqualTo(401);
		assertThat(tokenWith(email, NEW_PASSWORD).statusCode()).isEqualTo(201);

		HttpResponse<String> again = confirm(token, "another fresh passphrase");
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(Http.contentType(again)).startsWith("application/problem+json");
		assertThat(Http.errorFields(again)).containsExactly("token");
		assertThat(tokenWith(email, NEW_PASSWORD).statusCode()).as("unchanged by the second try").isEqualTo(201);
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMail() {
		String known = People.signUp(this.http);
		String unknown = People.freshEmail();
		HttpResponse<String> forKnown = askFor(known);
		HttpResponse<String> forUnknown = askFor(unknown);
		assertThat(forUnknown.statusCode()).isEqualTo(forKnown.statusCode()).isEqualTo(202);
		assertThat(Http.json(forUnknown)).isEqualTo(Http.json(forKnown));
		assertThat(Http.contentType(forUnknown)).isEqualTo(Http.contentType(forKnown));
		assertThat(ResetLinks.bodies(this.jdbc, unknown)).isEmpty();
		assertThat(ResetLinks.bodies(this.jdbc, known)).hasSize(1);
	}

	@Test
	void anExpiredLinkIsRefusedAndChangesNothing() {
		String email = People.signUp(this.http);
		askFor(email);
		String token = ResetLinks.token(this.jdbc, email);
		this.jdbc.sql("UPDATE password_reset SET expires_at = ? WHERE token_hash = ?")
			.params(this.clock.instant().minusSeconds(60).atOffset(ZoneOffset.UTC), Secrets.hash(token))
			.update();
		HttpResponse<String> expired = confirm(token, NEW_PASSWORD);
		assertThat(expired.statusCode()).isEqualTo(400);
		assertThat(Http.errorFields(expired)).containsExactly("token");
		assertThat(tokenWith(email, People.PASSWORD).statusCode()).isEqualTo(201);
		assertThat(usedAt(token)).isNull();
	}

	@Test
	void aWeakPasswordIsRefusedAndTheLinkStillWorks() {
		String email = People.signUp(this.http);
		askFor(email);
		String token = ResetLinks.token(this.jdbc, email);
		for (String weak : new String[] { "short", "aaaaaaaaaaaaaaaaaaaa", "correct horse battery staple",
				email + " is mine" }) {
			HttpResponse<String> refused = confirm(token, weak);
			assertThat(refused.statusCode()).as(weak).isEqualTo(400);
			assertThat(Http.errorFields(refused)).as(weak).containsExactly("newPassword");
		}
		assertThat(usedAt(token)).isNull();
		assertThat(tokenWith(email, People.PASSWORD).statusCode()).isEqualTo(201);
		assertThat(confirm(token, NEW_PASSWORD).statusCode()).isEqualTo(200);
		assertThat(usedAt(token)).isNotNull();
	}

	@Test
	void aNewPasswordEndsEveryOtherLinkOfTheAccount() {
		String email = People.signUp(this.http);
		askFor(email);
		String first = ResetLinks.token(this.jdbc, email);
		askFor(email);
		String second = ResetLinks.token(this.jdbc, email);
		assertThat(second).isNotEqualTo(first);
		assertThat(confirm(second, NEW_PASSWORD).statusCode()).isEqualTo(200);
		assertThat(Http.errorFields(confirm(first, "yet another fine passphrase"))).containsExactly("token");
	}

	@Test
	void oneAccountGetsAtMostFiveLinksAnHourWithTheSameAnswer() {
		String email = People.signUp(this.http);
		for (int i = 0; i < PasswordResets.MAX_LINKS_PER_HOUR + 2; i++) {
			assertThat(askFor(email).statusCode()).isEqualTo(202);
		}
		assertThat(ResetLinks.bodies(this.jdbc, email)).hasSize(PasswordResets.MAX_LINKS_PER_HOUR);
	}

	@Test
	void badRequestsNameEveryBadFieldAndStoreNothing() {
		String email = People.signUp(this.http);
		assertThat(Http.errorFields(this.http.postJson("/api/v1/password-resets", "{}"))).containsExactly("email");
		HttpResponse<String> bad = this.http.postJson("/api/v1/password-resets",
				"{\"email\":\"not-an-email\",\"account\":\"" + email + "\"}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(Http.contentType(bad)).startsWith("application/problem+json");
		assertThat(Http.errorFields(bad)).containsExactlyInAnyOrder("email", "account");
		assertThat(Http.errorFields(this.http.postJson("/api/v1/password-resets", "{\"email\":42}")))
			.containsExactly("email");
		assertThat(this.http.postJson("/api/v1/password-resets", "[]").statusCode()).isEqualTo(400);
		assertThat(this.http.postJson("/api/v1/password-resets", "{\"email\":").statusCode()).isEqualTo(400);
		assertThat(this.http
			.post("/api/v1/password-resets", "text/plain", java.net.http.HttpRequest.BodyPublishers.ofString(email))
			.statusCode()).isEqualTo(415);
		// With unknown fields nothing is sent, even for a real address.
		this.http.postJson("/api/v1/password-resets", "{\"email\":\"" + email + "\",\"extra\":true}");
		ResetLinks.await(this.resets);
		assertThat(ResetLinks.bodies(this.jdbc, email)).isEmpty();

		assertThat(Http.errorFields(this.http.postJson("/api/v1/password-resets/confirm", "{}")))
			.containsExactlyInAnyOrder("token", "newPassword");
		assertThat(Http.errorFields(this.http.postJson("/api/v1/password-resets/confirm",
				"{\"token\":5,\"newPassword\":\"\",\"email\":\"x\"}")))
			.containsExactlyInAnyOrder("token", "newPassword", "email");
		assertThat(Http.errorFields(this.http.postJson("/api/v1/password-resets/confirm",
				"{\"token\":\"" + "x".repeat(101) + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}")))
			.containsExactly("token");
		assertThat(Http.errorFields(confirm("made-up-token", "short"))).containsExactly("token", "newPassword");
		assertThat(Http.errorFields(confirm("made-up-token", NEW_PASSWORD))).containsExactly("token");
		assertThat(this.http.postJson("/api/v1/password-resets/confirm", "null").statusCode()).isEqualTo(400);
		assertThat(tokenWith(email, People.PASSWORD).statusCode()).isEqualTo(201);
	}

	@Test
	void aResetSignsOutEveryBrowserAndForgetsKeptSignIns() {
		String email = People.signUp(this.http);
		Http browser = Http.browser(this.port);
		HttpResponse<String> signedIn = browser.postForm("/sign-in", Map.of("email", email, "password", People.PASSWORD,
				"remember-me", "on", "_csrf", csrf(browser.get("/sign-in"))));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/account");
		assertThat(browser.get("/api/v1/account").statusCode()).isEqualTo(200);
		assertThat(rememberMeRows(email)).isEqualTo(1);
		assertThat(sessionsOf(email)).isGreaterThanOrEqualTo(1);

		askFor(email);
		assertThat(confirm(ResetLinks.token(this.jdbc, email), NEW_PASSWORD).statusCode()).isEqualTo(200);

		assertThat(rememberMeRows(email)).isZero();
		assertThat(sessionsOf(email)).isZero();
		HttpResponse<String> after = browser.get("/api/v1/account");
		assertThat(after.statusCode()).as("neither the session nor the remember-me cookie works").isEqualTo(401);
	}

	@Test
	void aResetRevokesEveryAccessTokenAndSaysWhatEnded() {
		String email = People.signUp(this.http);
		String writer = People.token(this.http, email, "write");
		assertThat(this.http.withToken(writer).get("/api/v1/account").statusCode()).isEqualTo(200);

		askFor(email);
		HttpResponse<String> confirmed = confirm(ResetLinks.token(this.jdbc, email), NEW_PASSWORD);

		HttpResponse<String> refused = this.http.withToken(writer).get("/api/v1/account");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(Http.contentType(refused)).startsWith("application/problem+json");
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
		assertThat(Http.json(confirmed).get("message").stringValue()).contains("Every session", "remembered sign-in",
				"access token");
	}

	@Test
	void aResetEndsRememberedSignIns() {
		String email = People.signUp(this.http);
		String rememberMe = People.rememberMeCookie(this.port, email);
		askFor(email);
		confirm(ResetLinks.token(this.jdbc, email), NEW_PASSWORD);
		assertThat(this.http.withHeader("Cookie", rememberMe).get("/api/v1/account").statusCode()).isEqualTo(401);
		assertThat(rememberMeRows(email)).isZero();
	}

	@Test
	void aResetEndsEvenTheSessionThatMadeIt() {
		String email = People.signUp(this.http);
		Http browser = People.signedIn(this.port, email);
		askFor(email);
		String token = ResetLinks.token(this.jdbc, email);
		HttpResponse<String> form = browser.get("/password-reset/confirm?token=" + token);
		HttpResponse<String> done = browser.postForm("/password-reset/confirm",
				Map.of("token", token, "newPassword", NEW_PASSWORD, "_csrf", csrf(form)));
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		assertThat(browser.get("/api/v1/account").statusCode()).as("whoever reset it signs in again").isEqualTo(401);
		assertThat(sessionsOf(email)).isZero();
	}

	@Test
	void theOwnerIsToldByEmailAfterAReset() {
		String email = People.signUp(this.http);
		askFor(email);
		confirm(ResetLinks.token(this.jdbc, email), NEW_PASSWORD);
		List<String> bodies = this.jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ? AND subject = ?")
			.params(email, "Your Backstop password was changed")
			.query(String.class)
			.list();
		assertThat(bodies).hasSize(1);
		assertThat(bodies.get(0)).contains("with a reset link", "signed out", "access token");
	}

	/** Asks for a link, and waits until the request has been handled. */
	private HttpResponse<String> askFor(String email) {
		HttpResponse<String> asked = this.http.postJson("/api/v1/password-resets", "{\"email\":\"" + email + "\"}");
		ResetLinks.await(this.resets);
		return asked;
	}

	private HttpResponse<String> confirm(String token, String newPassword) {
		return this.http.postJson("/api/v1/password-resets/confirm",
				"{\"token\":\"" + token + "\",\"newPassword\":\"" + newPassword + "\"}");
	}

	private HttpResponse<String> tokenWith(String email, String password) {
		return this.http.postJson("/api/v1/tokens", "{\"email\":\"" + email + "\",\"password\":\"" + password
				+ "\",\"name\":\"check\",\"scope\":\"read\"}");
	}

	private Object usedAt(String token) {
		return this.jdbc.sql("SELECT used_at FROM password_reset WHERE token_hash = ?")
			.param(Secrets.hash(token))
			.query()
			.singleRow()
			.get("used_at");
	}

	private int rememberMeRows(String email) {
		return this.jdbc.sql("SELECT COUNT(*) FROM persistent_logins WHERE username = ?")
			.param(email)
			.query(Integer.class)
			.single();
	}

	private int sessionsOf(String email) {
		return this.jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?")
			.param(email)
			.query(Integer.class)
			.single();
	}

	private static Instant instant(Object value) {
		return (value instanceof OffsetDateTime time) ? time.toInstant() : ((java.sql.Timestamp) value).toInstant();
	}

	/** The CSRF token in a page's form. */
	static String csrf(HttpResponse<String> page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).as(page.body()).isTrue();
		return token.group(1);
	}

}
