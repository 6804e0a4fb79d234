package org.backstop.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;

/**
 * A request naming more than one identity is refused: which of two {@code Authorization}
 * headers counts must never depend on which component reads them.
 */
@ApiTest
class AuthorizationHeaderApiTest {

	@LocalServerPort
	int port;

	@Test
	void twoAuthorizationHeadersAreRefusedOnTheApi() {
		Http anonymous = new Http(this.port);
		String token = People.patientWithToken(anonymous);
		Http twice = anonymous.withToken(token).alsoWithHeader("Authorization", "Bearer bst_someone-else");
		for (HttpResponse<String> refused : new HttpResponse[] { twice.get("/api/v1/account"),
				twice.get("/api/v1/rules"), twice.postJson("/api/v1/assessments", "{}") }) {
			assertRefused(refused);
		}
		// The same token alone still works.
		assertThat(anonymous.withToken(token).get("/api/v1/account").statusCode()).isEqualTo(200);
	}

	@Test
	void twoAuthorizationHeadersAreRefusedOnPages() {
		Http twice = new Http(this.port).withHeader("Authorization", "Basic YTpi")
			.alsoWithHeader("Authorization", "Bearer bst_x");
		assertRefused(twice.get("/sign-in"));
		assertRefused(twice.get("/"));
		assertRefused(twice.get("/account"));
	}

	@Test
	void oneAuthorizationHeaderOnAPageIsLeftAlone() {
		assertThat(new Http(this.port).withHeader("Authorization", "Basic YTpi").get("/sign-in").statusCode())
			.isEqualTo(200);
	}

	private static void assertRefused(HttpResponse<String> refused) {
		assertThat(refused.statusCode()).as(refused.uri() + ": " + refused.body()).isEqualTo(400);
		assertThat(Http.contentType(refused)).startsWith("application/problem+json");
		assertThat(Http.json(refused).get("type").stringValue())
			.isEqualTo("urn:backstop:problem:ambiguous-authorization");
		assertThat(refused.body()).doesNotContain("Exception").doesNotContain("org.");
		// A refusal carries the security headers, as every answer does.
		assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();
	}

}
