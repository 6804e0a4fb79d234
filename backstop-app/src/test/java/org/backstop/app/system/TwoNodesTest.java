package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.backstop.app.BackstopApplication;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.SlowTest;
import org.backstop.app.TestDatabase;
import org.backstop.app.security.CsrfTokens;

/**
 * Two app nodes on one database (PostgreSQL when the tests run on it, else H2), as two
 * Spring contexts on random ports in this JVM: two processes would take twice as long to
 * start and prove nothing more, since the nodes share nothing but the database. Sessions
 * live in the database, so a person signed in on one node is signed in on the other, and
 * signing out on either ends the session on both; writes through both nodes at once are
 * each kept once; a rate limit is counted once across both nodes.
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

	/** Anonymous assessments an address may send a minute, on both nodes together. */
	static final int ANONYMOUS_LIMIT = 6;

	static final String ASSESSMENT = "{\"age\":42,\"sex\":\"female\","
			+ "\"pain\":{\"intensity\":5,\"region\":\"lower_back\",\"durationDays\":2}}";

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
		args.add("--backstop.rate-limits.anonymous-assessments.requests=" + ANONYMOUS_LIMIT);
		// The loopback speaks as a proxy, so that the rate limit test has an address of
		// its own.
		args.add("--" + TestDatabase.TRUSTED_LOOPBACK);
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

	@Test
	void writesThroughBothNodesAtOnceAreEachKeptOnce() throws Exception {
		String email = People.signUp(nodeA);
		List<Http> writers = List.of(nodeA.withToken(People.token(nodeA, email, "write")),
				nodeB.withToken(People.token(nodeB, email, "write")));
		Set<String> kept = ConcurrentHashMap.newKeySet();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int thread = 0; thread < 4; thread++) {
				Http writer = writers.get(thread % 2);
				done.add(threads.submit(() -> {
					for (int i = 0; i < 5; i++) {
						HttpResponse<String> stored = writer.postJson("/api/v1/assessments", ASSESSMENT);
						assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
						kept.add(Http.json(stored).get("id").stringValue());
					}
				}));
			}
			for (Future<?> each : done) {
				each.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(kept).hasSize(20);
		for (Http writer : writers) {
			JsonNode listed = Http.json(writer.get("/api/v1/assessments?size=100"));
			assertThat(listed.get("totalItems").asInt()).isEqualTo(20);
			List<String> ids = new ArrayList<>();
			listed.get("items").forEach((item) -> ids.add(item.get("id").stringValue()));
			assertThat(ids).containsExactlyInAnyOrderElementsOf(kept);
		}
	}

	@Test
	void aRateLimitIsCountedOnceAcrossBothNodes() throws Exception {
		List<Http> nodes = List.of(nodeA.withHeader("X-Forwarded-For", "198.51.100.99"),
				nodeB.withHeader("X-Forwarded-For", "198.51.100.99"));
		AtomicInteger answered = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int thread = 0; thread < 4; thread++) {
				Http node = nodes.get(thread % 2);
				done.add(threads.submit(() -> {
					for (int i = 0; i < ANONYMOUS_LIMIT / 2; i++) {
						int status = node.postJson("/api/v1/assessments", ASSESSMENT).statusCode();
						(status == 200 ? answered : refused).incrementAndGet();
						assertThat(status).isIn(200, 429);
					}
				}));
			}
			for (Future<?> each : done) {
				each.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		// Twice the limit was sent, half to each node: each node alone would have let all
		// of it through.
		assertThat(answered.get()).isEqualTo(ANONYMOUS_LIMIT);
		assertThat(refused.get()).isEqualTo(ANONYMOUS_LIMIT);
		for (Http node : nodes) {
			assertThat(node.postJson("/api/v1/assessments", ASSESSMENT).statusCode()).isEqualTo(429);
		}
		// Another address still has its own count.
		assertThat(nodeB.withHeader("X-Forwarded-For", "198.51.100.98")
			.postJson("/api/v1/assessments", ASSESSMENT)
			.statusCode()).isEqualTo(200);
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
