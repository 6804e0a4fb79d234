package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.TestDatabase;
import org.backstop.core.assessment.AssessmentJson;

/**
 * An acknowledged write survives the process being killed outright: the real app runs as
 * a separate JVM, stores an assessment, is killed with SIGKILL the moment it answers 201,
 * and is started again on the same data. On H2 (a file under a fresh data folder) always;
 * on PostgreSQL instead when the tests run there.
 */
@Tag("database")
@Tag("slow")
class DurabilityTest {

	static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	static final String INPUT = "{\"age\":61,\"sex\":\"male\",\"pain\":{\"intensity\":6,\"region\":\"mid_back\","
			+ "\"durationDays\":9,\"onset\":\"gradual\"},\"symptoms\":[\"night_sweats\"],\"history\":[\"osteoporosis\"]}";

	@TempDir
	Path dataDir;

	@Test
	void anAcknowledgedAssessmentSurvivesAKilledProcess() throws Exception {
		TestDatabase.Schema schema = TestDatabase.isPostgresql() ? TestDatabase.freshPostgresqlSchema() : null;
		try {
			Map<String, String> environment = (schema != null) ? Map.of("BACKSTOP_DB_URL", schema.url(),
					"BACKSTOP_DB_USER", schema.user(), "BACKSTOP_DB_PASSWORD", schema.password()) : Map.of();
			String email;
			String token;
			String id;
			try (Node first = Node.start(this.dataDir, environment, "first")) {
				Http http = new Http(first.port);
				email = People.signUp(http);
				token = People.token(http, email, "write");
				HttpResponse<String> created = http.withToken(token).postJson("/api/v1/assessments", INPUT);
				first.kill();
				if (System.getProperty("os.name").startsWith("Linux")) {
					assertThat(first.process.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
				}
				assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
				id = Http.json(created).get("id").stringValue();
			}
			try (Node second = Node.start(this.dataDir, environment, "second")) {
				Http person = new Http(second.port).withToken(token);
				HttpResponse<String> account = person.get("/api/v1/account");
				assertThat(account.statusCode()).as("the token is still known: " + account.body()).isEqualTo(200);
				assertThat(Http.json(account).get("email").stringValue()).isEqualTo(email);
				HttpResponse<String> stored = person.get("/api/v1/assessments/" + id);
				assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
				JsonNode expected = AssessmentJson.mapper().readTree(INPUT);
				assertThat(Http.json(stored).get("input")).isEqualTo(expected);
				// The password hash survived too: the account can still sign in.
				People.token(new Http(second.port), email, "read");
			}
		}
		finally {
			if (schema != null) {
				schema.close();
			}
		}
	}

	/** The app in a JVM of its own, its output in a file under target/. */
	static final class Node implements AutoCloseable {

		final Process process;

		final int port;

		final Path log;

		private Node(Process process, int port, Path log) {
			this.process = process;
			this.port = port;
			this.log = log;
		}

		static Node start(Path dataDir, Map<String, String> environment, String name) throws IOException {
			int port = freePort();
			Path logs = Files.createDirectories(Path.of("target", "durability"));
			Path log = logs.resolve(TestDatabase.name() + "-" + name + "-" + System.currentTimeMillis() + ".log");
			List<String> command = new ArrayList<>(
					List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
							System.getProperty("java.class.path"), "org.backstop.app.Backstop", "serve",
							"--server.port=" + port));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			// Only what this test sets may choose the database.
			builder.environment().keySet().removeIf((key) -> key.startsWith("BACKSTOP_") || key.equals("SERVER_PORT"));
			builder.environment().put("BACKSTOP_DATA_DIR", dataDir.toString());
			builder.environment().putAll(environment);
			long began = System.nanoTime();
			Node node = new Node(builder.start(), port, log);
			try {
				node.awaitUp();
			}
			catch (RuntimeException | Error ex) {
				node.process.destroyForcibly();
				throw ex;
			}
			System.out.printf("Backstop (%s, %s) was up after %d ms%n", TestDatabase.name(), name,
					Duration.ofNanos(System.nanoTime() - began).toMillis());
			return node;
		}

		private void awaitUp() {
			Http http = new Http(this.port);
			long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
			while (System.nanoTime() < deadline) {
				if (!this.process.isAlive()) {
					fail("Backstop ended while starting, with exit code " + this.process.exitValue() + ":\n"
							+ output());
				}
				try {
					HttpResponse<String> health = http.get("/actuator/health");
					if (health.statusCode() == 200 && "UP".equals(Http.json(health).path("status").stringValue())) {
						return;
					}
				}
				catch (IllegalStateException notYet) {
					// Not listening yet.
				}
				pause();
			}
			fail("Backstop was not up within " + START_TIMEOUT.toSeconds() + " s:\n" + output());
		}

		/** SIGKILL on Linux: no shutdown hook, no closing of the database. */
		void kill() throws InterruptedException {
			this.process.destroyForcibly();
			assertThat(this.process.waitFor(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS)).isTrue();
			assertThat(this.process.isAlive()).isFalse();
		}

		String output() {
			try {
				return "(" + this.log.toAbsolutePath() + ")\n" + Files.readString(this.log);
			}
			catch (IOException ex) {
				return "(no output: " + ex.getMessage() + ")";
			}
		}

		@Override
		public void close() throws InterruptedException {
			kill();
		}

		private static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
		}

		private static void pause() {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
