package org.backstop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * Makes accounts and tokens over the API for tests, each with a fresh email so tests
 * never meet each other's data.
 */
public final class People {

	/** A password that passes the rules. */
	public static final String PASSWORD = "granite harbour lantern 42";

	private People() {
	}

	public static String freshEmail() {
		return "person-" + UUID.randomUUID() + "@example.org";
	}

	/** A new account; answers its email. */
	public static String signUp(Http http) {
		String email = freshEmail();
		HttpResponse<String> created = http.postJson("/api/v1/accounts",
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
		return email;
	}

	/** A token of the given scope for the account. */
	public static String token(Http http, String email, String scope) {
		return token(http, email, scope, PASSWORD);
	}

	/** A token of the given scope for the account with this password. */
	public static String token(Http http, String email, String scope, String password) {
		HttpResponse<String> made = http.postJson("/api/v1/tokens", "{\"email\":\"" + email + "\",\"password\":\""
				+ password + "\",\"name\":\"test\",\"scope\":\"" + scope + "\"}");
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		return Http.json(made).get("token").stringValue();
	}

	/**
	 * A browser (cookies kept) signed in to the account through the sign-in form, as a
	 * person would.
	 */
	public static Http signedIn(int port, String email) {
		Http browser = Http.browser(port);
		HttpResponse<String> signedIn = browser.postForm("/sign-in",
				Map.of("email", email, "password", PASSWORD, "_csrf", Forms.csrfToken(browser, "/sign-in")));
		assertThat(signedIn.statusCode()).as("signing in").isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).as("signing in").doesNotContain("error");
		return browser;
	}

	/**
	 * Signs in through the form with "keep me signed in" and answers only the remember-me
	 * cookie ({@code name=value}), as a browser that was closed still holds it. Each use
	 * of it changes it, so send it once.
	 */
	public static String rememberMeCookie(int port, String email) {
		Http browser = Http.browser(port);
		HttpResponse<String> signedIn = browser.postForm("/sign-in", Map.of("email", email, "password", PASSWORD,
				"remember-me", "on", "_csrf", Forms.csrfToken(browser, "/sign-in")));
		assertThat(signedIn.statusCode()).as("signing in").isEqualTo(302);
		return signedIn.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("BACKSTOP_REMEMBER_ME="))
			.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no remember-me cookie in " + signedIn.headers()));
	}

	/** A new account with a write token; answers the token. */
	public static String patientWithToken(Http http) {
		return token(http, signUp(http), "write");
	}

	/**
	 * Gives an account a record to share or report on, over the API: this assessment, a
	 * diary entry on each of the last three days (pain 7, 6, 5, with a heat wrap that
	 * helped, and {@code moreDiaryFields} added to each) and two pain scores, 20 days ago
	 * and yesterday. Answers the stored assessment.
	 */
	public static JsonNode giveRecord(Http api, String assessment, String moreDiaryFields) {
		HttpResponse<String> stored = api.postJson("/api/v1/assessments", assessment);
		assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (int i = 3; i >= 1; i--) {
			String entry = "{\"at\":\"" + today.minusDays(i) + "T10:00:00Z\",\"pain\":" + (4 + i)
					+ ",\"spasms\":1,\"treatments\":[{\"name\":\"heat_wrap\",\"painBefore\":7,\"painAfter\":4}]"
					+ moreDiaryFields + "}";
			assertThat(api.postJson("/api/v1/diary/entries", entry).statusCode()).isEqualTo(201);
		}
		api.postJson("/api/v1/questionnaires/nrs/responses",
				"{\"date\":\"" + today.minusDays(20) + "\",\"answers\":{\"pain\":8}}");
		api.postJson("/api/v1/questionnaires/nrs/responses",
				"{\"date\":\"" + today.minusDays(1) + "\",\"answers\":{\"pain\":3}}");
		return Http.json(stored);
	}

}
