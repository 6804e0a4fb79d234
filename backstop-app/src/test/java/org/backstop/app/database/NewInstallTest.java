package org.backstop.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.BackstopApplication;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.SlowTest;
import org.backstop.app.TestDatabase;

/**
 * A new installation keeps taking writes after the connection pool has replaced every
 * connection, including the one the migrations ran on, and its readiness says whether the
 * database takes writes. The app runs as installed: on H2 a new file database under a
 * fresh data folder (the default of {@code ./backstop serve}), on PostgreSQL a new
 * schema. The pool's shortest connection lifetime is 30 seconds; rather than wait for
 * several, each round retires every connection at once, as the end of a lifetime does.
 */
@Tag("database")
@SlowTest
class NewInstallTest {

	static final int LIFETIMES = 4;

	static final String REMINDER = "{\"kind\":\"exercise\",\"label\":\"Stretch\",\"times\":[\"09:00\"],"
			+ "\"timeZone\":\"Europe/Madrid\"}";

	@TempDir
	Path dataDir;

	TestDatabase.Schema schema;

	ConfigurableApplicationContext app;

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		if (this.schema != null) {
			this.schema.close();
		}
	}

	@Test
	void keepsTakingEveryKindOfWriteAfterThePoolHasRetiredItsConnections() {
		Http http = start();
		DataSource dataSource = this.app.getBean(DataSource.class);
		for (int lifetime = 1; lifetime <= LIFETIMES; lifetime++) {
			retireEveryConnection(dataSource);
			String round = "after " + lifetime + " pool lifetime(s) on " + TestDatabase.name();

			String email = People.signUp(http);

			HttpResponse<String> wrongPassword = http.postJson("/api/v1/tokens", "{\"email\":\"" + email
					+ "\",\"password\":\"not the password at all\",\"name\":\"x\",\"scope\":\"read\"}");
			assertThat(wrongPassword.statusCode()).as("wrong password " + round + ": " + wrongPassword.body())
				.isEqualTo(401);

			String token = People.token(http, email, "write");
			Http withToken = http.withToken(token);
			HttpResponse<String> reminder = withToken.postJson("/api/v1/reminders", REMINDER);
			assertThat(reminder.statusCode()).as("reminder " + round + ": " + reminder.body()).isEqualTo(201);
			assertThat(withToken.get("/api/v1/reminders").statusCode()).as("read " + round).isEqualTo(200);

			assertThat(http.get("/actuator/health/readiness").statusCode()).as("readiness " + round).isEqualTo(200);
		}
	}

	@Test
	void isNotReadyWhileTheDatabaseRefusesWrites() {
		Http http = start();
		JdbcClient jdbc = JdbcClient.create(this.app.getBean(DataSource.class));
		assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

		// A new install has no account yet, so this constraint can be added on both
		// databases; from now on every new account is refused, as a broken one would be.
		jdbc.sql("ALTER TABLE account ADD CONSTRAINT refuse_every_account CHECK (role = 'nobody')").update();
		HttpResponse<String> refused = http.get("/actuator/health/readiness");
		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(refused.body()).contains("DOWN").doesNotContain("REFUSE_EVERY_ACCOUNT", "refuse_every_account");
		assertThat(http.get("/actuator/health").statusCode()).as("health follows").isEqualTo(503);
		assertThat(http.get("/actuator/health/liveness").statusCode()).as("still alive").isEqualTo(200);

		jdbc.sql("ALTER TABLE account DROP CONSTRAINT refuse_every_account").update();
		assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single()).as("the probe keeps nothing")
			.isZero();
	}

	private Http start() {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--backstop.data-dir=" + this.dataDir,
				"--spring.datasource.hikari.max-lifetime=30000",
				// Each readiness call checks the database again rather than reusing the
				// last answer.
				"--backstop.health.write-check-reused-for=0s"));
		if (TestDatabase.isPostgresql()) {
			this.schema = TestDatabase.freshPostgresqlSchema();
			args.addAll(List.of("--spring.datasource.url=" + this.schema.url(),
					"--spring.datasource.username=" + this.schema.user(),
					"--spring.datasource.password=" + this.schema.password(),
					"--spring.flyway.default-schema=" + this.schema.name(),
					"--spring.flyway.schemas=" + this.schema.name()));
		}
		this.app = new SpringApplicationBuilder(BackstopApplication.class).run(args.toArray(String[]::new));
		return new Http(this.app.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
	}

	/** What the end of a connection lifetime does to every connection of the pool. */
	private static void retireEveryConnection(DataSource dataSource) {
		((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
	}

}
