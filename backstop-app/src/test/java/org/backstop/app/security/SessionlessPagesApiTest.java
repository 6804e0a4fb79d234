package org.backstop.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;

/**
 * Reading a page needs no session, so an anonymous visitor costs no row in the session
 * table and gets no session cookie, however often they come.
 */
@ApiTest
class SessionlessPagesApiTest {

	/** Pages that anyone may read, one of each feature. */
	private static final List<String> PAGES = List.of("/", "/assess", "/assess?step=1", "/library", "/exercises",
			"/plan", "/plan/input", "/doses", "/sign-in", "/sign-up", "/password-reset", "/?lang=es");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anonymousPageViewsWriteNoSession() {
		// The sessions there before, by id: another test's may have been made a moment
		// ago.
		Set<String> before = Set.copyOf(sessionIds());
		Http stranger = new Http(this.port);
		Http browser = Http.browser(this.port);
		for (int round = 0; round < 3; round++) {
			for (String page : PAGES) {
				for (Http http : List.of(stranger, browser)) {
					HttpResponse<String> read = http.get(page);
					assertThat(read.statusCode()).as(page).isEqualTo(200);
					assertThat(read.headers().allValues("Set-Cookie")).as(page)
						.noneMatch((cookie) -> cookie.startsWith("BACKSTOP_SESSION="));
				}
			}
		}
		assertThat(sessionIds()).as("sessions made by the page views").allMatch(before::contains);
	}

	private List<String> sessionIds() {
		return this.jdbc.sql("SELECT PRIMARY_ID FROM SPRING_SESSION").query(String.class).list();
	}

}
