package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

import org.backstop.app.Http;
import org.backstop.app.TestDatabase;
import org.backstop.app.Waits;

/**
 * The real app, {@code backstop serve}, in a JVM of its own on a port it picks itself,
 * its output in a file under {@code target/app-process}. It is up once it has said
 * "Backstop is ready at http://localhost:PORT" and answers UP on that port.
 */
final class AppProcess implements AutoCloseable {

	static final Pattern READY = Pattern.compile("Backstop is ready at http://localhost:(\\d+)");

	final Process process;

	final Path log;

	final int port;

	private AppProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/**
	 * Starts the app on this data folder, with only these {@code BACKSTOP_} variables,
	 * and waits, up to {@link Waits#START}, until it is up.
	 */
	static AppProcess start(Path dataDir, Map<String, String> environment, String name) throws IOException {
		Path logs = Files.createDirectories(Path.of("target", "app-process"));
		Path log = logs.resolve(TestDatabase.name() + "-" + name + "-" + System.currentTimeMillis() + ".log");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), "org.backstop.app.Backstop", "serve"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		// Only what the test sets may choose the database or the address.
		builder.environment().keySet().removeIf((key) -> key.startsWith("BACKSTOP_") || key.equals("SERVER_PORT"));
		builder.environment().put("BACKSTOP_DATA_DIR", dataDir.toString());
		builder.environment().put("SERVER_PORT", "0");
		builder.environment().putAll(environment);
		long began = System.nanoTime();
		Process process = builder.start();
		try {
			int port = awaitReady(process, log);
			awaitHealthy(port, process, log);
			System.out.printf("Backstop (%s, %s) was up after %d ms%n", TestDatabase.name(), name,
					Duration.ofNanos(System.nanoTime() - began).toMillis());
			return new AppProcess(process, log, port);
		}
		catch (RuntimeException | Error ex) {
			process.destroyForcibly();
			throw ex;
		}
	}

	private static int awaitReady(Process process, Path log) {
		return explained(log,
				() -> awaiting("Backstop to say it is ready", Waits.START, process)
					.until(() -> readyPort(lines(log)), Optional::isPresent)
					.orElseThrow());
	}

	private static void awaitHealthy(int port, Process process, Path log) {
		Http http = new Http(port);
		explained(log, () -> {
			awaiting("health UP on port " + port, Waits.AT_MOST, process).ignoreExceptions().until(() -> {
				HttpResponse<String> health = http.get("/actuator/health");
				return health.statusCode() == 200 && "UP".equals(Http.json(health).path("status").stringValue());
			});
			return port;
		});
	}

	/** Polls until it holds, failing at once should the app end. */
	private static ConditionFactory awaiting(String what, Duration atMost, Process process) {
		return await(what).atMost(atMost)
			.pollInterval(Duration.ofMillis(200))
			.failFast("Backstop ended while starting", () -> !process.isAlive());
	}

	/** A wait that fails shows what the app wrote. */
	private static <T> T explained(Path log, Supplier<T> wait) {
		try {
			return wait.get();
		}
		catch (ConditionTimeoutException | TerminalFailureException ex) {
			throw new AssertionError(ex.getMessage() + "\n" + describe(log), ex);
		}
	}

	/** The port named by the first ready line in this output, if there is one yet. */
	static Optional<Integer> readyPort(List<String> output) {
		for (String line : output) {
			Matcher ready = READY.matcher(line);
			if (ready.find()) {
				return Optional.of(Integer.valueOf(ready.group(1)));
			}
		}
		return Optional.empty();
	}

	/** Everything the app has written so far, line by line. */
	List<String> output() {
		return lines(this.log);
	}

	/** SIGKILL on Linux: no shutdown hook, no closing of the database. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		assertThat(this.process.waitFor(Waits.AT_MOST.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
		assertThat(this.process.isAlive()).isFalse();
	}

	/** The output with where it is kept, for a failure's message. */
	String describe() {
		return describe(this.log);
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

	private static List<String> lines(Path log) {
		try {
			// Leniently: the app may be in the middle of writing a character.
			return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String describe(Path log) {
		try {
			return "(" + log.toAbsolutePath() + ")\n" + Files.readString(log);
		}
		catch (IOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

}
