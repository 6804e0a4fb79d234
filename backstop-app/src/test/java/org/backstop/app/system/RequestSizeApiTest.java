package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Forms;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.account.AccountRepository;

/** Requests too big to be honest are refused early, calmly, and store nothing. */
@ApiTest
class RequestSizeApiTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Test
	void aSignUpFormOver64KiBIsRefusedAndStoresNothing() {
		String email = People.freshEmail();
		Http browser = Http.browser(this.port);
		HttpResponse<String> response = browser.postForm("/sign-up", Map.of("email", email, "password", People.PASSWORD,
				"displayName", "a".repeat(100 * 1024), "_csrf", Forms.csrfToken(browser, "/sign-up")));
		assertThat(response.statusCode()).as(response.body()).isIn(400, 413);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void aSignUpFormJustUnderTheCapIsStillRead() {
		String email = People.freshEmail();
		Http browser = Http.browser(this.port);
		HttpResponse<String> response = browser.postForm("/sign-up", Map.of("email", email, "password", People.PASSWORD,
				"displayName", "a".repeat(60 * 1024), "_csrf", Forms.csrfToken(browser, "/sign-up")));
		// Read and answered on the page: the name is too long, nothing else.
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("is longer than 100 characters");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void aHugeHeaderIsRefusedWithoutACrash() {
		HttpResponse<String> response = new Http(this.port).withHeader("X-Padding", "a".repeat(20 * 1024))
			.get("/api/v1/rules");
		assertThat(response.statusCode()).isIn(400, 431);
		assertThat(new Http(this.port).get("/api/v1/rules").statusCode()).as("the app still answers").isEqualTo(200);
	}

	@Test
	void aJsonBodyOfTwoMegabytesIsRefusedWith413() {
		String email = People.freshEmail();
		String body = "{\"email\":\"" + email + "\",\"password\":\"" + People.PASSWORD + "\",\"displayName\":\""
				+ "a".repeat(2 * 1024 * 1024) + "\"}";
		HttpResponse<String> response = new Http(this.port).post("/api/v1/accounts", "application/json",
				HttpRequest.BodyPublishers.ofString(body));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(Http.contentType(response)).startsWith("application/problem+json");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

}
