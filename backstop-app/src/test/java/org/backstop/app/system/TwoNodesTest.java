package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.backstop.app.BackstopApplication;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.SlowTest;
import org.backstop.app.TestDatabase;
import org.backstop.app.security.CsrfTokens;

/**
 * Two app nodes on one database serve the same signed-in person: sessions live in the
 * database, so a person signed in on one node is signed in on the other, and signing out
 * on either ends the session on both.
 */
@Tag("database")
@SlowTest
class TwoNodesTest {

	static final String SESSION_COOKIE = "BACKSTOP_SESSION";

	static final String CSRF_COOKIE = "BACKSTOP_CSRF";

	static TestDatabase.Schema schema;

	static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	static Http nodeA;

	static Http nodeB;

	@BeforeAll
	static void startTwoNodes() {
		List<String> database = new ArrayList<>();
		if (TestDatabase.isPostgresql()) {
			schema = TestDatabase.freshPostgresqlSchema();
			database.addAll(List.of("--spring.datasource.url=" + schema.url(),
					"--spring.datasource.username=" + schema.user(),
					"--spring.datasource.password=" + schema.password(),
					"--spring.flyway.default-schema=" + schema.name(), "--spring.flyway.schemas=" + schema.name()));
		}
		else {
			database.add("--spring.datasource.url=jdbc:h2:mem:backstop-two-nodes-" + UUID.randomUUID()
					+ ";DB_CLOSE_DELAY=-1");
		}
		nodeA = new Http(start(database));
		nodeB = new Http(start(database));
	}

	private static int start(List<String> database) {
		List<String> args = new ArrayList<>(database);
		args.add("--server.port=0");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(BackstopApplication.class)
			.run(args.toArray(String[]::new));
		nodes.add(context);
		return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	@AfterAll
	static void stopBothNodes() {
		nodes.forEach(ConfigurableApplicationContext::close);
		nodes.clear();
		if (schema != null) {
			schema.close();
		}
	}

	@Test
	void aSessionStartedOnOneNodeIsKnownOnTheOtherUntilSignedOutOnEither() {
		String email = People.signUp(nodeA);

		HttpResponse<String> form = nodeA.get("/sign-in");
		HttpResponse<String> signIn = nodeA.withHeader("Cookie", cookie(form, CSRF_COOKIE))
			.postForm("/sign-in", Map.of("email", email, "password", People.PASSWORD, "_csrf",
					CsrfTokens.in(form.body()).get("_csrf")));
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElse("")).endsWith("/account");
		String session = sessionCookie(signIn);

		Http onB = nodeB.withHeader("Cookie", session);
		HttpResponse<String> account = onB.get("/api/v1/account");
		assertThat(account.statusCode()).as(account.body()).isEqualTo(200);
		assertThat(Http.json(account).get("email").stringValue()).isEqualTo(email);
		HttpResponse<String> page = onB.get("/account");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(email);

		HttpResponse<String> signOut = onB.withHeader("Cookie", session + "; " + cookie(page, CSRF_COOKIE))
			.postForm("/sign-out", Map.of("_csrf", CsrfTokens.in(page.body()).get("_csrf")));
		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(signOut.headers().firstValue("Location").orElse("")).contains("/sign-in");

		Http onA = nodeA.withHeader("Cookie", session);
		assertThat(onA.get("/api/v1/account").statusCode()).isEqualTo(401);
		assertThat(onA.get("/account").headers().firstValue("Location").orElse("")).endsWith("/sign-in");
		assertThat(onB.get("/api/v1/account").statusCode()).isEqualTo(401);
	}

	/** The session cookie the answer sets, as a Cookie header's value. */
	private static String sessionCookie(HttpResponse<String> response) {
		return cookie(response, SESSION_COOKIE);
	}

	/** A cookie the answer sets, as a Cookie header's value. */
	private static String cookie(HttpResponse<String> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith(name + "="))
			.map((cookie) -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
			.reduce((first, last) -> last)
			.orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
	}

}
