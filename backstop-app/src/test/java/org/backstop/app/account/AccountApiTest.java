package org.backstop.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.Waits;

/**
 * Sign-up, tokens and the password over real HTTP, with the client that has no browser.
 */
@ApiTest
class AccountApiTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUpWarnings warnings;

	static final String ASSESSMENT = "{\"age\":42,\"sex\":\"female\",\"pain\":{\"intensity\":4,"
			+ "\"region\":\"lower_back\",\"durationDays\":3}}";

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void aClientWithoutABrowserSignsUpGetsATokenAndSeesItsAccount() {
		String email = People.signUp(this.http);
		String token = People.token(this.http, email, "write");
		assertThat(token).startsWith("bst_");
		JsonNode me = Http.json(this.http.withToken(token).get("/api/v1/account"));
		assertThat(me.get("email").stringValue()).isEqualTo(email);
		assertThat(me.get("role").stringValue()).isEqualTo("PATIENT");
		assertThat(me.has("passwordHash")).isFalse();
		Account stored = this.accounts.findByEmail(email).orElseThrow();
		assertThat(stored.passwordHash()).startsWith("{argon2@SpringSecurity_v5_8}").doesNotContain(People.PASSWORD);
	}

	@Test
	void aKnownAddressGetsTheSameAnswerAsANewOneAndItsOwnerIsTold() throws Exception {
		String known = People.signUp(this.http);
		String unknown = People.freshEmail();
		String otherPassword = "a different long pass phrase";
		HttpResponse<String> forUnknown = signUp(unknown, otherPassword);
		HttpResponse<String> forKnown = signUp(known.toUpperCase(), otherPassword);

		assertThat(forKnown.statusCode()).isEqualTo(forUnknown.statusCode()).isEqualTo(202);
		assertThat(Http.contentType(forKnown)).isEqualTo(Http.contentType(forUnknown));
		assertThat(Http.json(forKnown).propertyNames()).isEqualTo(Http.json(forUnknown).propertyNames());
		assertThat(Http.json(forKnown)).isEqualTo(Http.json(forUnknown));
		assertThat(forKnown.headers().firstValue("Location")).isEqualTo(forUnknown.headers().firstValue("Location"));

		// The new account works at once; the known one is unchanged.
		assertThat(People.token(this.http, unknown, "read", otherPassword)).startsWith("bst_");
		assertThat(People.token(this.http, known, "read")).startsWith("bst_");
		assertThat(this.http
			.postJson("/api/v1/tokens",
					"{\"email\":\"" + known + "\",\"password\":\"" + otherPassword
							+ "\",\"name\":\"x\",\"scope\":\"read\"}")
			.statusCode()).isEqualTo(401);

		this.warnings.await(Waits.AT_MOST);
		List<String> toKnown = this.jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ? AND subject = ?")
			.params(known, "Someone tried to make a Backstop account with your address")
			.query(String.class)
			.list();
		assertThat(toKnown).hasSize(1);
		assertThat(toKnown.get(0)).contains("http://localhost:" + this.port + "/sign-in",
				"http://localhost:" + this.port + "/password-reset", "No new account was made");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")
			.param(unknown)
			.query(Integer.class)
			.single()).as("a new account gets no such message").isZero();
	}

	@Test
	void theOwnerIsToldOnlyAFewTimesAnHour() throws Exception {
		String known = People.signUp(this.http);
		for (int i = 0; i < SignUpWarnings.MAX_PER_HOUR + 2; i++) {
			assertThat(signUp(known, People.PASSWORD).statusCode()).isEqualTo(202);
		}
		this.warnings.await(Waits.AT_MOST);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")
			.param(known)
			.query(Integer.class)
			.single()).isEqualTo(SignUpWarnings.MAX_PER_HOUR);
	}

	private HttpResponse<String> signUp(String email, String password) {
		return this.http.postJson("/api/v1/accounts",
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
	}

	@Test
	void badSignUpsNameEveryBadFieldAndStoreNothing() {
		String email = People.freshEmail();
		HttpResponse<String> response = this.http.postJson("/api/v1/accounts",
				"{\"email\":\"" + email + "\",\"password\":\"short\",\"role\":\"ADMIN\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Http.errorFields(response)).contains("role");
		response = this.http.postJson("/api/v1/accounts", "{\"email\":\"" + email + "\",\"password\":\"short\"}");
		assertThat(Http.errorFields(response)).containsExactly("password");
		response = this.http.postJson("/api/v1/accounts", "{\"email\":\"not-an-email\",\"password\":123}");
		assertThat(Http.errorFields(response)).containsExactlyInAnyOrder("email", "password");
		response = this.http.postJson("/api/v1/accounts",
				"{\"email\":\"" + email + "\",\"password\":\"passwordpassword\"}");
		assertThat(Http.errorFields(response)).containsExactly("password");
		response = this.http.postJson("/api/v1/accounts", "[]");
		assertThat(response.statusCode()).isEqualTo(400);
		response = this.http.postJson("/api/v1/accounts", "{\"email\":");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void aWrongPasswordGetsNoTokenAndRepeatedFailuresPauseSignIn() {
		String email = People.signUp(this.http);
		for (int i = 0; i < SignInThrottle.FAILURES_BEFORE_LOCK; i++) {
			HttpResponse<String> wrong = this.http.postJson("/api/v1/tokens", "{\"email\":\"" + email
					+ "\",\"password\":\"not the password at all\",\"name\":\"x\",\"scope\":\"read\"}");
			assertThat(wrong.statusCode()).isEqualTo(401);
		}
		HttpResponse<String> right = this.http.postJson("/api/v1/tokens", "{\"email\":\"" + email + "\",\"password\":\""
				+ People.PASSWORD + "\",\"name\":\"x\",\"scope\":\"read\"}");
		assertThat(right.statusCode()).as("paused even with the right password").isEqualTo(401);
		assertThat(this.accounts.findByEmail(email).orElseThrow().lockedUntil()).isNotNull();
	}

	@Test
	void tokensAreListedWithoutSecretsAndRevokedTokensStopWorking() {
		String email = People.signUp(this.http);
		String token = People.token(this.http, email, "write");
		String other = People.token(this.http, email, "read");
		Http client = this.http.withToken(token);
		JsonNode list = Http.json(client.get("/api/v1/tokens"));
		assertThat(list.size()).isEqualTo(2);
		assertThat(list.toString()).doesNotContain(token).doesNotContain(other).contains("\"scope\":\"read\"");
		String otherId = null;
		for (JsonNode t : list) {
			if (t.get("scope").stringValue().equals("read")) {
				otherId = t.get("id").stringValue();
			}
		}
		assertThat(client.delete("/api/v1/tokens/" + otherId).statusCode()).isEqualTo(204);
		HttpResponse<String> revoked = this.http.withToken(other).get("/api/v1/account");
		assertThat(revoked.statusCode()).isEqualTo(401);
		assertThat(Http.contentType(revoked)).startsWith("application/problem+json");
		assertThat(client.delete("/api/v1/tokens/" + otherId).statusCode()).isEqualTo(404);
		assertThat(client.delete("/api/v1/tokens/not-an-id").statusCode()).isEqualTo(404);
	}

	@Test
	void aReadTokenCannotChangeAnything() {
		String email = People.signUp(this.http);
		Http reader = this.http.withToken(People.token(this.http, email, "read"));
		assertThat(reader.get("/api/v1/account").statusCode()).isEqualTo(200);
		HttpResponse<String> write = reader.postJson("/api/v1/account/password",
				"{\"currentPassword\":\"" + People.PASSWORD + "\",\"newPassword\":\"another long pass phrase\"}");
		assertThat(write.statusCode()).isEqualTo(403);
	}

	@Test
	void aReadTokenMayUseTheCalculatorsThatStoreNothing() {
		String email = People.signUp(this.http);
		Http reader = this.http.withToken(People.token(this.http, email, "read"));
		HttpResponse<String> plan = reader.postJson("/api/v1/plans", ASSESSMENT);
		assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
		HttpResponse<String> doses = reader.postJson("/api/v1/medicines/check", "{\"age\":42}");
		assertThat(doses.statusCode()).as(doses.body()).isEqualTo(200);
		// Bad input is still answered as bad input, not as a refusal of the token.
		assertThat(Http.errorFields(reader.postJson("/api/v1/plans", "{\"age\":42}"))).contains("sex");
		// An assessment is stored for a signed-in caller, so it is a write.
		assertThat(reader.postJson("/api/v1/assessments", ASSESSMENT).statusCode()).isEqualTo(403);
		assertThat(reader.method("PUT", "/api/v1/plans").statusCode()).isEqualTo(403);
	}

	@Test
	void theTokenRequestIsCheckedFieldByField() {
		HttpResponse<String> response = this.http.postJson("/api/v1/tokens",
				"{\"email\":\"a@example.org\",\"password\":\"x\",\"scope\":\"admin\",\"extra\":1}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Http.errorFields(response)).containsExactlyInAnyOrder("name", "scope", "extra");
	}

	@Test
	void thePasswordChangesOnlyWithTheCurrentOneAndWithinTheRules() {
		String email = People.signUp(this.http);
		Http client = this.http.withToken(People.token(this.http, email, "write"));
		HttpResponse<String> wrong = client.postJson("/api/v1/account/password",
				"{\"currentPassword\":\"wrong wrong wrong\",\"newPassword\":\"another long pass phrase\"}");
		assertThat(Http.errorFields(wrong)).containsExactly("currentPassword");
		HttpResponse<String> weak = client.postJson("/api/v1/account/password",
				"{\"currentPassword\":\"" + People.PASSWORD + "\",\"newPassword\":\"aaaaaaaaaaaaaaaaaaaa\"}");
		assertThat(Http.errorFields(weak)).containsExactly("newPassword");
		HttpResponse<String> changed = client.postJson("/api/v1/account/password",
				"{\"currentPassword\":\"" + People.PASSWORD + "\",\"newPassword\":\"another long pass phrase\"}");
		assertThat(changed.statusCode()).isEqualTo(200);
		HttpResponse<String> oldPassword = this.http.postJson("/api/v1/tokens", "{\"email\":\"" + email
				+ "\",\"password\":\"" + People.PASSWORD + "\",\"name\":\"x\",\"scope\":\"read\"}");
		assertThat(oldPassword.statusCode()).isEqualTo(401);
	}

}
