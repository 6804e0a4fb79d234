package org.backstop.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database of the tests. By default an in-memory H2. With the system property
 * {@code backstop.test.database=postgresql} (the build sets it when
 * {@code BACKSTOP_TEST_DB_URL} is in the environment), the PostgreSQL named there, in a
 * schema of its own that is dropped when the tests end. If PostgreSQL was asked for and
 * cannot be reached, the tests fail: they never fall back to H2 quietly.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/**
	 * Names the loopback as the proxy in front, for tests that speak as that proxy with
	 * {@code X-Forwarded-*} headers.
	 */
	public static final String TRUSTED_LOOPBACK = "backstop.trusted-proxies=127.0.0.1/32, ::1/128";

	public static final String H2_URL = "jdbc:h2:mem:backstop-test;DB_CLOSE_DELAY=-1";

	private static Map<String, Object> properties;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("backstop-test-database", properties()));
		// Last, so that a test's own @SpringBootTest properties (RateLimitApiTest's tight
		// limits) win; every test signs up and signs in from 127.0.0.1.
		context.getEnvironment()
			.getPropertySources()
			.addLast(new MapPropertySource("backstop-test-rate-limits", GENEROUS_RATE_LIMITS));
	}

	private static final Map<String, Object> GENEROUS_RATE_LIMITS = Map.of("backstop.rate-limits.sign-in.requests",
			100000, "backstop.rate-limits.sign-up.requests", 100000, "backstop.rate-limits.password-reset.requests",
			100000, "backstop.rate-limits.anonymous-assessments.requests", 100000,
			"backstop.rate-limits.signed-in-assessments.requests", 100000, "backstop.rate-limits.contact.requests",
			100000);

	/** The database the tests run on, by name. */
	public static String name() {
		return isPostgresql() ? "PostgreSQL" : "H2";
	}

	public static boolean isPostgresql() {
		return "postgresql".equals(System.getProperty("backstop.test.database"));
	}

	static synchronized Map<String, Object> properties() {
		if (properties == null) {
			properties = isPostgresql() ? postgresql() : Map.of("spring.datasource.url", H2_URL);
		}
		return properties;
	}

	private static Map<String, Object> postgresql() {
		Schema schema = freshPostgresqlSchema();
		Runtime.getRuntime().addShutdownHook(new Thread(schema::close));
		Map<String, Object> map = new HashMap<>();
		map.put("spring.datasource.url", schema.url());
		map.put("spring.datasource.username", schema.user());
		map.put("spring.datasource.password", schema.password());
		map.put("spring.flyway.default-schema", schema.name());
		map.put("spring.flyway.schemas", schema.name());
		return Map.copyOf(map);
	}

	/**
	 * A new, empty schema in the test PostgreSQL, for a test that starts an app of its
	 * own; closing it drops the schema. Only when {@link #isPostgresql()}.
	 */
	public static Schema freshPostgresqlSchema() {
		String url = required("BACKSTOP_TEST_DB_URL");
		String user = System.getenv().getOrDefault("BACKSTOP_TEST_DB_USER", "postgres");
		String password = System.getenv().getOrDefault("BACKSTOP_TEST_DB_PASSWORD", "");
		String schema = "backstop_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL was asked for the tests (" + url + ") but cannot be used: "
					+ ex.getMessage() + ". Start it, or unset BACKSTOP_TEST_DB_URL to test on H2 only.", ex);
		}
		return new Schema(url, user, password, schema);
	}

	/**
	 * A schema of its own in the test PostgreSQL.
	 *
	 * @param serverUrl the server's JDBC URL, without the schema
	 * @param user who connects
	 * @param password their password
	 * @param name the schema
	 */
	public record Schema(String serverUrl, String user, String password, String name) implements AutoCloseable {

		/** The JDBC URL whose connections work in this schema. */
		public String url() {
			return this.serverUrl + (this.serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + this.name;
		}

		@Override
		public void close() {
			drop(this.serverUrl, this.user, this.password, this.name);
		}

	}

	private static void drop(String url, String user, String password, String schema) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
		catch (SQLException ex) {
			System.err.println("Could not drop the test schema " + schema + ": " + ex.getMessage());
		}
	}

	private static String required(String variable) {
		String value = System.getenv(variable);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("backstop.test.database=postgresql needs " + variable
					+ ", such as jdbc:postgresql://127.0.0.1:5432/test");
		}
		return value;
	}

}
