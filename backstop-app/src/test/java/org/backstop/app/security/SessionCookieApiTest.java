package org.backstop.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.backstop.app.Forms;
import org.backstop.app.Http;
import org.backstop.app.TestDatabase;
import org.backstop.app.People;

/**
 * The cookies that carry who a person is cannot be read by scripts, are not sent on other
 * sites' posts, and travel only over TLS when the person came over TLS (through the
 * loopback, named here as the TLS proxy in front).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = TestDatabase.TRUSTED_LOOPBACK)
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("database")
class SessionCookieApiTest {

	@LocalServerPort
	int port;

	@Test
	void overPlainHttpTheCookiesAreHttpOnlyAndLax() {
		Map<String, String> cookies = signInThroughTheForm(new Http(this.port), false);
		assertThat(attributes(cookies.get("BACKSTOP_SESSION"))).contains("httponly", "samesite=lax")
			.doesNotContain("secure");
		assertThat(attributes(cookies.get("BACKSTOP_REMEMBER_ME"))).contains("httponly", "samesite=lax")
			.doesNotContain("secure");
	}

	@Test
	void behindATlsProxyTheCookiesAreSecureToo() {
		Map<String, String> cookies = signInThroughTheForm(new Http(this.port).withHeader("X-Forwarded-Proto", "https"),
				true);
		assertThat(attributes(cookies.get("BACKSTOP_SESSION"))).contains("httponly", "samesite=lax", "secure");
		assertThat(attributes(cookies.get("BACKSTOP_REMEMBER_ME"))).contains("httponly", "secure");
	}

	/**
	 * Signs in as a browser does, without following the redirect, and answers the
	 * {@code Set-Cookie} headers of the sign-in by cookie name.
	 */
	private Map<String, String> signInThroughTheForm(Http http, boolean overTls) {
		String email = People.signUp(new Http(this.port));
		HttpResponse<String> form = http.get("/sign-in");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(cookies(form)).as("the sign-in page needs no session").doesNotContainKey("BACKSTOP_SESSION");
		String csrf = cookies(form).get("BACKSTOP_CSRF");
		assertThat(csrf).as("the sign-in form's CSRF token is kept in a cookie").isNotNull();
		assertThat(attributes(csrf)).contains("httponly", "samesite=lax");
		assertThat(attributes(csrf).contains("secure")).as("secure over TLS only").isEqualTo(overTls);
		HttpResponse<String> signedIn = http.withHeader("Cookie", csrf.substring(0, csrf.indexOf(';')))
			.postForm("/sign-in", Map.of("email", email, "password", People.PASSWORD, "remember-me", "on", "_csrf",
					Forms.csrfToken(form)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/account"));
		Map<String, String> set = cookies(signedIn);
		assertThat(set).containsKeys("BACKSTOP_SESSION", "BACKSTOP_REMEMBER_ME");
		return set;
	}

	/** A cookie's attributes, such as {@code httponly} or {@code samesite=lax}. */
	private static List<String> attributes(String setCookie) {
		assertThat(setCookie).isNotNull();
		List<String> parts = List.of(setCookie.split(";"));
		return parts.subList(1, parts.size()).stream().map((part) -> part.strip().toLowerCase(Locale.ROOT)).toList();
	}

	/** Each Set-Cookie header, whole, by the name of its cookie. */
	private static Map<String, String> cookies(HttpResponse<String> response) {
		Map<String, String> byName = new LinkedHashMap<>();
		List<String> headers = response.headers().allValues("Set-Cookie");
		for (String header : headers) {
			byName.put(header.substring(0, header.indexOf('=')).strip(), header);
		}
		return byName;
	}

}
