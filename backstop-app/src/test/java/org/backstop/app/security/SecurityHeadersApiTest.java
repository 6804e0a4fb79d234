package org.backstop.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.backstop.app.Http;
import org.backstop.app.TestDatabase;

/**
 * Every answer, page or API, success or refusal, carries the security headers. The
 * loopback is named as the TLS proxy in front, so a test can say the request came over
 * TLS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = TestDatabase.TRUSTED_LOOPBACK)
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("database")
class SecurityHeadersApiTest {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; worker-src 'self'; manifest-src 'self'; "
			+ "frame-ancestors 'none'";

	@LocalServerPort
	int port;

	@Test
	void anApiAnswerCarriesThem() {
		HttpResponse<String> rules = new Http(this.port).get("/api/v1/rules");
		assertThat(rules.statusCode()).isEqualTo(200);
		assertSecurityHeaders(rules);
	}

	@Test
	void aPageCarriesThem() {
		HttpResponse<String> page = new Http(this.port).get("/sign-in");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=").doesNotContain(" onclick=");
		assertSecurityHeaders(page);
	}

	@Test
	void aRefusalForWantOfSignInCarriesThem() {
		HttpResponse<String> refused = new Http(this.port).get("/api/v1/account");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertSecurityHeaders(refused);
	}

	@Test
	void notFoundAnswersCarryThem() {
		HttpResponse<String> api = new Http(this.port).get("/api/v1/exercises/no-such-exercise");
		assertThat(api.statusCode()).isEqualTo(404);
		assertSecurityHeaders(api);
		HttpResponse<String> page = new Http(this.port).get("/no-such-page");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).doesNotContain("Exception").doesNotContain("at org.");
		assertSecurityHeaders(page);
	}

	@Test
	void strictTransportSecurityOnlyWhenTheRequestCameOverTls() {
		assertThat(new Http(this.port).get("/sign-in").headers().firstValue("Strict-Transport-Security")).isEmpty();
		HttpResponse<String> overTls = new Http(this.port).withHeader("X-Forwarded-Proto", "https").get("/sign-in");
		assertThat(overTls.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
		HttpResponse<String> apiOverTls = new Http(this.port).withHeader("X-Forwarded-Proto", "https")
			.get("/api/v1/rules");
		assertThat(apiOverTls.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	@Test
	void theApiExplorerNeedsNoInlineScript() {
		HttpResponse<String> explorer = new Http(this.port).get("/swagger-ui/index.html");
		assertThat(explorer.statusCode()).isEqualTo(200);
		assertSecurityHeaders(explorer);
		// Every script is a file of our own origin, which the policy allows.
		assertThat(explorer.body().replaceAll("<script src=\"[^\"]+\"[^>]*>\\s*</script>", ""))
			.doesNotContainIgnoringCase("<script")
			.doesNotContain("style=\"")
			.doesNotContain("<style");
	}

	static void assertSecurityHeaders(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Permissions-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).contains("camera=()")
				.contains("microphone=()")
				.contains("geolocation=()"));
	}

}
