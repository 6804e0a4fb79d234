package org.backstop.app.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.backstop.app.Forms;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.TestDatabase;
import org.backstop.app.account.AccountRepository;
import org.backstop.app.security.CsrfTokens;

/**
 * The real limits, made tiny: three tries a minute per client address and group. The
 * loopback is named as the proxy in front, so each test speaks from addresses of its own
 * through {@code X-Forwarded-For}, as that proxy would report them, and the tests never
 * share a bucket.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backstop.rate-limits.sign-in.requests=3", "backstop.rate-limits.sign-up.requests=3",
				"backstop.rate-limits.password-reset.requests=3",
				"backstop.rate-limits.anonymous-assessments.requests=3", "backstop.rate-limits.contact.requests=3",
				"backstop.rate-limits.signed-in-assessments.requests=8", TestDatabase.TRUSTED_LOOPBACK })
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("database")
class RateLimitApiTest {

	private static final String ASSESSMENT = "{\"age\":42,\"sex\":\"female\","
			+ "\"pain\":{\"intensity\":5,\"region\":\"lower_back\",\"durationDays\":2}}";

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	private Http from(String address) {
		return new Http(this.port).withHeader("X-Forwarded-For", address);
	}

	@Test
	void theFourthSignInTryInAMinuteWaits() {
		Http client = from("203.0.113.1");
		String wrong = "{\"email\":\"nobody@example.org\",\"password\":\"not the password at all\","
				+ "\"name\":\"test\",\"scope\":\"read\"}";
		for (int i = 0; i < 3; i++) {
			assertThat(client.postJson("/api/v1/tokens", wrong).statusCode()).isNotEqualTo(429);
		}
		HttpResponse<String> refused = client.postJson("/api/v1/tokens", wrong);
		assertTooMany(refused);
		// The sign-in form shares the count with tokens.
		assertTooMany(client.postForm("/sign-in", Map.of("email", "nobody@example.org", "password", "x")));
		// Other groups and other addresses are not affected.
		assertThat(client.postJson("/api/v1/assessments", ASSESSMENT).statusCode()).isEqualTo(200);
		assertThat(from("203.0.113.2").postJson("/api/v1/tokens", wrong).statusCode()).isEqualTo(401);
	}

	@Test
	void theFourthContactRequestInTenMinutesWaitsFramedOrNot() {
		Http client = from("203.0.113.30");
		for (int i = 0; i < 3; i++) {
			// Not even a valid form: every try counts.
			assertThat(client.postForm("/contact", Map.of("name", "Ana")).statusCode()).isNotEqualTo(429);
		}
		assertTooMany(client.postForm("/contact", Map.of("name", "Ana")));
		assertTooMany(client.postForm("/embed/contact", Map.of("name", "Ana")));
		assertThat(client.get("/contact").statusCode()).isEqualTo(200);
		assertThat(from("203.0.113.31").postForm("/embed/contact", Map.of("name", "Ana")).statusCode())
			.isNotEqualTo(429);
	}

	@Test
	void theSignInFormCountsAgainstTheSameLimit() {
		Http browser = Http.browser(this.port).withHeader("X-Forwarded-For", "203.0.113.10");
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> tried = browser.postForm("/sign-in", Map.of("email", "nobody@example.org", "password",
					"not the password at all", "_csrf", Forms.csrfToken(browser, "/sign-in")));
			assertThat(tried.statusCode()).isEqualTo(302);
			assertThat(tried.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?error");
		}
		assertTooMany(browser.postForm("/sign-in", Map.of("email", "nobody@example.org", "password",
				"not the password at all", "_csrf", Forms.csrfToken(browser, "/sign-in"))));
		assertTooMany(from("203.0.113.10").postJson("/api/v1/tokens", "{}"));
	}

	@Test
	void guessingTheCurrentPasswordCountsAsSigningIn() {
		Http client = from("203.0.113.15");
		String guess = "{\"currentPassword\":\"not the password at all\",\"newPassword\":\"" + People.PASSWORD + "\"}";
		for (int i = 0; i < 3; i++) {
			assertThat(client.postJson("/api/v1/account/password", guess).statusCode()).isNotEqualTo(429);
		}
		assertTooMany(client.postJson("/api/v1/account/password", guess));
		assertTooMany(client.postForm("/account/password", Map.of("currentPassword", "x")));
		assertTooMany(client.postJson("/api/v1/tokens", "{}"));
	}

	@Test
	void aRefusedSignUpStoresNothing() {
		Http client = from("203.0.113.20");
		for (int i = 0; i < 3; i++) {
			assertThat(client.postJson("/api/v1/accounts", "{}").statusCode()).isEqualTo(400);
		}
		String email = People.freshEmail();
		String good = "{\"email\":\"" + email + "\",\"password\":\"" + People.PASSWORD + "\"}";
		assertTooMany(client.postJson("/api/v1/accounts", good));
		assertTooMany(client.postForm("/sign-up", Map.of("email", email, "password", People.PASSWORD)));
		assertThat(this.accounts.findByEmail(email)).isEmpty();
		// Signing in is a group of its own.
		assertThat(client.postJson("/api/v1/tokens", "{}").statusCode()).isEqualTo(400);
		assertThat(from("203.0.113.21").postJson("/api/v1/accounts", good).statusCode()).isEqualTo(202);
	}

	@Test
	void passwordResetsHaveTheirOwnLimit() {
		Http client = from("203.0.113.30");
		client.postJson("/api/v1/password-resets", "{}");
		client.postJson("/api/v1/password-resets/confirm", "{}");
		client.postForm("/password-reset", Map.of("email", "nobody@example.org"));
		assertTooMany(client.postForm("/password-reset/confirm", Map.of("token", "x")));
		assertTooMany(client.postJson("/api/v1/password-resets", "{}"));
		assertThat(client.postJson("/api/v1/accounts", "{}").statusCode()).isEqualTo(400);
	}

	@Test
	void anonymousAssessmentsAreLimitedButSignedInOnesAreNot() {
		Http owner = from("203.0.113.40");
		String token = People.token(owner, People.signUp(owner), "write");
		Http anonymous = from("203.0.113.41");
		assertThat(anonymous.postJson("/api/v1/assessments", ASSESSMENT).statusCode()).isEqualTo(200);
		assertThat(anonymous.postJson("/api/v1/plans", ASSESSMENT).statusCode()).isEqualTo(200);
		assertThat(anonymous.postJson("/api/v1/medicines/check", "{\"age\":42}").statusCode()).isEqualTo(200);
		assertTooMany(anonymous.postJson("/api/v1/assessments", ASSESSMENT));
		assertTooMany(anonymous.postJson("/api/v1/medicines/check", "{\"age\":42}"));
		// The same address with a token is a known person, not an anonymous caller.
		for (int i = 0; i < 5; i++) {
			assertThat(anonymous.withToken(token).postJson("/api/v1/assessments", ASSESSMENT).statusCode())
				.isEqualTo(201);
		}
		// Reading is never limited.
		assertThat(anonymous.get("/api/v1/rules").statusCode()).isEqualTo(200);
	}

	@Test
	void anAnonymousSessionCookieDoesNotLiftTheAnonymousLimit() {
		Http browser = Http.browser(this.port).withHeader("X-Forwarded-For", "203.0.113.50");
		// Keeping an assessment in the browser starts a session, as the wizard does.
		HttpResponse<String> kept = browser.postForm("/plan/input",
				Map.of("input", ASSESSMENT, "_csrf", Forms.csrfToken(browser, "/plan/input")));
		assertThat(kept.statusCode()).isEqualTo(302);
		Map<String, String> csrf = CsrfTokens.in(browser.get("/plan").body());
		Http withCsrf = browser.withHeader(csrf.get("_csrf_header"), csrf.get("_csrf"));
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> assessed = withCsrf.postJson("/api/v1/assessments", ASSESSMENT);
			assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
		}
		assertTooMany(withCsrf.postJson("/api/v1/assessments", ASSESSMENT));
		// The count was the address's: without the cookie it is used up too.
		assertTooMany(from("203.0.113.50").postJson("/api/v1/assessments", ASSESSMENT));
	}

	@Test
	void aSignedInPersonIsCountedByAccountWhereverTheyComeFrom() {
		Http owner = from("203.0.113.60");
		String token = People.token(owner, People.signUp(owner), "write");
		for (int i = 0; i < 4; i++) {
			assertThat(
					from("203.0.113.6" + i).withToken(token).postJson("/api/v1/assessments", ASSESSMENT).statusCode())
				.isEqualTo(201);
		}
		for (int i = 0; i < 4; i++) {
			assertThat(from("203.0.113.7" + i).withToken(token).postJson("/api/v1/plans", ASSESSMENT).statusCode())
				.isEqualTo(200);
		}
		assertTooMany(from("203.0.113.80").withToken(token).postJson("/api/v1/assessments", ASSESSMENT));
		// Another person, and anonymous callers from the same addresses, have their own
		// counts.
		String other = People.token(owner, People.signUp(owner), "write");
		assertThat(from("203.0.113.80").withToken(other).postJson("/api/v1/assessments", ASSESSMENT).statusCode())
			.isEqualTo(201);
		assertThat(from("203.0.113.80").postJson("/api/v1/assessments", ASSESSMENT).statusCode()).isEqualTo(200);
	}

	@Test
	void eachForwardedAddressOfATrustedProxyHasItsOwnCount() {
		for (int i = 0; i < 3; i++) {
			assertThat(from("198.51.100.1").postJson("/api/v1/assessments", ASSESSMENT).statusCode()).isEqualTo(200);
		}
		assertTooMany(from("198.51.100.1").postJson("/api/v1/assessments", ASSESSMENT));
		assertThat(from("198.51.100.2").postJson("/api/v1/assessments", ASSESSMENT).statusCode()).isEqualTo(200);
	}

	private static void assertTooMany(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
		assertThat(Http.contentType(response)).startsWith("application/problem+json");
		long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
		// Within the window: a minute, or ten for sign-up and password reset.
		assertThat(retryAfter).isBetween(1L, 600L);
		JsonNode problem = Http.json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("detail").stringValue()).contains("wait").doesNotContain("Exception");
		assertThat(response.headers().firstValue("Content-Security-Policy")).as("security headers on a refusal")
			.isPresent();
	}

}
