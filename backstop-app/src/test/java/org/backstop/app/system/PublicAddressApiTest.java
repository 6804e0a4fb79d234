package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.security.CsrfTokens;

/**
 * Absolute addresses come from the configured public address: a client that names another
 * host in {@code Host} or {@code X-Forwarded-Host} cannot put it in what Backstop
 * answers.
 */
@ApiTest
class PublicAddressApiTest {

	@LocalServerPort
	int port;

	@Test
	void redirectsStayOnThisSiteWhateverTheHostHeaderSays() {
		String email = People.signUp(new Http(this.port));
		// Asking for a page that needs sign-in: the way to the sign-in page...
		String refused = Http.raw(this.port,
				"GET /assess/save HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		assertThat(location(refused)).isEqualTo("/sign-in");
		// ...and, once signed in, the way back to the page asked for.
		String session = cookie(refused, "BACKSTOP_SESSION");
		String form = Http.raw(this.port,
				"GET /sign-in HTTP/1.1\r\nHost: evil.example\r\nCookie: " + session + "\r\nConnection: close\r\n\r\n");
		String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(People.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(CsrfTokens.in(form).get("_csrf"), StandardCharsets.UTF_8);
		String signedIn = Http.raw(this.port,
				"POST /sign-in HTTP/1.1\r\nHost: evil.example\r\nCookie: " + session + "; "
						+ cookie(form, "BACKSTOP_CSRF")
						+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
						+ body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);
		assertThat(location(signedIn)).startsWith("/assess/save");
	}

	private static String location(String answer) {
		assertThat(answer).startsWith("HTTP/1.1 302").doesNotContain("evil.example");
		Matcher location = Pattern.compile("(?im)^Location: (\\S+)").matcher(answer);
		assertThat(location.find()).as(answer).isTrue();
		return location.group(1);
	}

	private static String cookie(String answer, String name) {
		Matcher cookie = Pattern.compile("(?im)^Set-Cookie: (" + name + "=[^;\\r\\n]*)").matcher(answer);
		assertThat(cookie.find()).as(name + " in " + answer).isTrue();
		return cookie.group(1);
	}

	@Test
	void theApiDescriptionNamesThePublicAddressAsItsServer() {
		for (String forged : new String[] { "Host: evil.example\r\n",
				"Host: localhost\r\nX-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\n" }) {
			String answer = Http.raw(this.port, "GET /v3/api-docs HTTP/1.1\r\n" + forged + "Connection: close\r\n\r\n");
			assertThat(answer).as(forged).startsWith("HTTP/1.1 200").doesNotContain("evil.example");
			assertThat(answer).as(forged).contains("\"servers\":[{\"url\":\"http://localhost:" + this.port + "\"");
		}
	}

}
