package org.backstop.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;

/**
 * A browser's cookies alone never change data: a signed-in session must also send the
 * CSRF token its pages hold, while a bearer token needs none.
 */
@ApiTest
class CsrfApiTest {

	static final String SPASM = "{\"age\":44,\"sex\":\"male\",\"pain\":{\"intensity\":3,\"region\":\"neck\",\"durationDays\":1}}";

	@LocalServerPort
	int port;

	Http anonymous;

	String email;

	@BeforeEach
	void setUp() {
		this.anonymous = new Http(this.port);
		this.email = People.signUp(this.anonymous);
	}

	@Test
	void aSignedInSessionChangesDataOnlyWithTheCsrfToken() {
		Http browser = signedIn();
		HttpResponse<String> page = browser.get("/account");
		assertThat(page.statusCode()).isEqualTo(200);
		Map<String, String> csrf = CsrfTokens.in(page.body());
		assertThat(csrf).containsKeys("_csrf", "_csrf_header");
		Http withCsrf = browser.withHeader(csrf.get("_csrf_header"), csrf.get("_csrf"));

		HttpResponse<String> forged = browser.postJson("/api/v1/assessments", SPASM);
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(Http.contentType(forged)).startsWith("application/problem+json");
		assertThat(Http.json(withCsrf.get("/api/v1/assessments")).get("totalItems").longValue()).isZero();

		HttpResponse<String> stored = withCsrf.postJson("/api/v1/assessments", SPASM);
		assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
		String path = "/api/v1/assessments/" + Http.json(stored).get("id").stringValue();

		HttpResponse<String> deleteWithoutToken = browser.delete(path);
		assertThat(deleteWithoutToken.statusCode()).isEqualTo(403);
		assertThat(Http.contentType(deleteWithoutToken)).startsWith("application/problem+json");
		assertThat(browser.get(path).statusCode()).as("still there").isEqualTo(200);

		assertThat(withCsrf.delete(path).statusCode()).isEqualTo(204);
		assertThat(browser.get(path).statusCode()).isEqualTo(404);
	}

	@Test
	void signingInWithoutTheCsrfTokenSignsNobodyIn() {
		Http browser = Http.browser(this.port);
		assertThat(browser.get("/sign-in").statusCode()).isEqualTo(200);
		HttpResponse<String> signIn = browser.postForm("/sign-in",
				Map.of("email", this.email, "password", People.PASSWORD));
		assertThat(signIn.statusCode()).isEqualTo(403);
		assertThat(browser.get("/api/v1/account").statusCode()).isEqualTo(401);
		HttpResponse<String> page = browser.get("/account");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/sign-in");
	}

	@Test
	void aBearerTokenNeedsNoCsrfTokenEvenBesideASessionCookie() {
		Http browser = signedIn();
		Http withToken = browser.withToken(People.token(this.anonymous, this.email, "write"));
		HttpResponse<String> stored = withToken.postJson("/api/v1/assessments", SPASM);
		assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
		String path = "/api/v1/assessments/" + Http.json(stored).get("id").stringValue();
		assertThat(withToken.delete(path).statusCode()).isEqualTo(204);
		assertThat(browser.get(path).statusCode()).isEqualTo(404);
	}

	/**
	 * A request that carries an identity is not counted against the anonymous assessment
	 * limit; a made-up identity must therefore get no assessment at all.
	 */
	@Test
	void aMadeUpIdentityGetsNoAssessmentSoCannotDodgeTheAnonymousLimit() {
		for (String cookie : new String[] { "BACKSTOP_SESSION=bWFkZS11cA", "BACKSTOP_REMEMBER_ME=bWFkZS11cDpub3RoaW5n",
				"JSESSIONID=0123456789ABCDEF" }) {
			HttpResponse<String> tried = this.anonymous.withHeader("Cookie", cookie)
				.postJson("/api/v1/assessments", SPASM);
			assertThat(tried.statusCode()).as(cookie).isEqualTo(403);
			assertThat(tried.body()).as(cookie).doesNotContain("triage");
		}
		HttpResponse<String> token = this.anonymous.withToken("bst_made_up_token")
			.postJson("/api/v1/assessments", SPASM);
		assertThat(token.statusCode()).isEqualTo(401);
		assertThat(token.body()).doesNotContain("triage");
	}

	/** A browser signed in through the form, holding the session cookie. */
	private Http signedIn() {
		Http browser = Http.browser(this.port);
		HttpResponse<String> form = browser.get("/sign-in");
		assertThat(form.statusCode()).isEqualTo(200);
		HttpResponse<String> signIn = browser.postForm("/sign-in", Map.of("email", this.email, "password",
				People.PASSWORD, "_csrf", CsrfTokens.in(form.body()).get("_csrf")));
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElse("")).endsWith("/account");
		assertThat(browser.get("/api/v1/account").statusCode()).isEqualTo(200);
		return browser;
	}

}
