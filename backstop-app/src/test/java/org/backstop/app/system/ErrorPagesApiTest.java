package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;

/**
 * A browser that asks for a mistyped address gets Backstop's own page, in its language,
 * with the way home; the API and clients that ask for JSON keep problem+json.
 */
@ApiTest
class ErrorPagesApiTest {

	@LocalServerPort
	int port;

	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@Test
	void aMistypedAddressInABrowserIsAPageInItsLanguage() {
		HttpResponse<String> english = Http.browser(this.port).withHeader("Accept", BROWSER_ACCEPT).get("/asess");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(Http.contentType(english)).startsWith("text/html");
		assertThat(english.body())
			.contains("<html lang=\"en\"", "We could not find this page", "href=\"/\"", "class=\"site-header\"")
			.doesNotContain("\"status\"", "Whitelabel");

		HttpResponse<String> spanish = Http.browser(this.port)
			.withHeader("Accept", BROWSER_ACCEPT)
			.alsoWithHeader("Accept-Language", "es-ES")
			.get("/asess");
		assertThat(spanish.statusCode()).isEqualTo(404);
		assertThat(spanish.body()).contains("<html lang=\"es\"", "No encontramos esta página");
	}

	@Test
	void theApiAndJsonClientsKeepProblemJson() {
		HttpResponse<String> api = Http.browser(this.port)
			.withHeader("Accept", BROWSER_ACCEPT)
			.get("/api/v1/no-such-thing");
		// Unknown API addresses are refused as the API refuses anything it does not know.
		assertThat(api.statusCode()).isIn(401, 404);
		assertThat(Http.contentType(api)).startsWith("application/problem+json");

		HttpResponse<String> json = new Http(this.port).withHeader("Accept", "application/json").get("/asess");
		assertThat(json.statusCode()).isEqualTo(404);
		assertThat(Http.contentType(json)).contains("json");
		assertThat(Http.json(json).get("status").asInt()).isEqualTo(404);
	}

}
