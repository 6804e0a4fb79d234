package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.backstop.app.SlowTest;
import org.backstop.app.TestDatabase;

/**
 * A newcomer's first start: {@code backstop serve} on a fresh data folder (or a fresh
 * PostgreSQL schema when the tests run there) says once where Backstop is ready, with the
 * port it really listens on, and logs no warning and no error on the way.
 */
@Tag("database")
@SlowTest
class CleanStartTest {

	/**
	 * A line logged at WARN or ERROR (Spring Boot's console layout puts the level right
	 * after the time), or a warning from the JVM itself.
	 */
	static final Pattern WARNING = Pattern.compile("^(\\S+\\s+(WARN|ERROR)\\s|WARNING\\b)");

	@TempDir
	Path dataDir;

	@Test
	void aFreshStartSaysOnceWhereBackstopIsReadyAndWarnsOfNothing() throws Exception {
		TestDatabase.Schema schema = TestDatabase.isPostgresql() ? TestDatabase.freshPostgresqlSchema() : null;
		try {
			Map<String, String> environment = (schema != null) ? Map.of("BACKSTOP_DB_URL", schema.url(),
					"BACKSTOP_DB_USER", schema.user(), "BACKSTOP_DB_PASSWORD", schema.password()) : Map.of();
			try (AppProcess app = AppProcess.start(this.dataDir, environment, "clean-start")) {
				List<String> output = app.output();
				// The app was asked for any free port: the one it says is the one Tomcat
				// started on, and the one that answered UP.
				assertThat(output).as(app.describe())
					.filteredOn((line) -> line.contains("Backstop is ready"))
					.singleElement()
					.asString()
					.endsWith(": Backstop is ready at http://localhost:" + app.port);
				assertThat(output).as(app.describe())
					.anyMatch((line) -> line.contains("Tomcat started on port " + app.port + " (http)"));
				assertThat(output).as("warnings and errors while starting, in %s", app.log.toAbsolutePath())
					.filteredOn((line) -> WARNING.matcher(line).find())
					.isEmpty();
			}
		}
		finally {
			if (schema != null) {
				schema.close();
			}
		}
	}

	@Test
	void theWarningPatternCatchesWhatSpringBootAndTheJvmWrite() {
		assertThat(WARNING
			.matcher("2026-12-04T05:45:43.461Z  WARN 9886 --- [backstop] [main] o.f.c.i.d.b.Database : Using H2")
			.find()).isTrue();
		assertThat(WARNING.matcher("2026-12-04T05:45:43.461Z ERROR 9886 --- [backstop] [main] o.a.Foo : failed").find())
			.isTrue();
		assertThat(WARNING.matcher("WARNING: A terminally deprecated method in sun.misc.Unsafe has been called").find())
			.isTrue();
		assertThat(WARNING.matcher("2026-12-04T05:45:43.461Z  INFO 9886 --- [backstop] [main] o.b.Retention : WARN me")
			.find()).isFalse();
	}

}
