package org.backstop.app.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.TestDatabase;

/**
 * The counts on their own, with a clock the test moves, in a database of their own (H2,
 * or a fresh PostgreSQL schema) so that no other test's rows share their clock.
 */
@Tag("database")
class ClientBucketsTest {

	static TestDatabase.Schema schema;

	static HikariDataSource dataSource;

	static JdbcClient jdbc;

	@BeforeAll
	static void ownDatabase() {
		dataSource = new HikariDataSource();
		dataSource.setMaximumPoolSize(8);
		String vendor = "h2";
		if (TestDatabase.isPostgresql()) {
			schema = TestDatabase.freshPostgresqlSchema();
			dataSource.setJdbcUrl(schema.url());
			dataSource.setUsername(schema.user());
			dataSource.setPassword(schema.password());
			vendor = "postgresql";
		}
		else {
			dataSource.setJdbcUrl("jdbc:h2:mem:rate-limits-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		}
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/vendor/" + vendor)
			.load()
			.migrate();
		jdbc = JdbcClient.create(dataSource);
	}

	@AfterAll
	static void dropIt() {
		dataSource.close();
		if (schema != null) {
			schema.close();
		}
	}

	@BeforeEach
	void empty() {
		jdbc.sql("DELETE FROM rate_limit_count").update();
	}

	/** A clock that stands still until moved. */
	static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void move(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	private final MovingClock clock = new MovingClock();

	private static RateLimitProperties properties(int maxClients) {
		RateLimitProperties properties = new RateLimitProperties();
		properties.setMaxClients(maxClients);
		properties.getSignIn().setRequests(3);
		properties.getSignIn().setWindow(Duration.ofMinutes(1));
		return properties;
	}

	@Test
	void aClientGetsItsRequestsBackAfterTheWindow() {
		ClientBuckets buckets = new ClientBuckets(properties(100), this.clock, dataSource);
		for (int i = 0; i < 3; i++) {
			assertThat(buckets.take(LimitedGroup.SIGN_IN, "198.51.100.1").allowed()).isTrue();
		}
		ClientBuckets.Taken refused = buckets.take(LimitedGroup.SIGN_IN, "198.51.100.1");
		assertThat(refused.allowed()).isFalse();
		assertThat(RateLimitFilter.retryAfterSeconds(refused.nanosToWait())).isEqualTo(60);
		this.clock.move(Duration.ofSeconds(45));
		refused = buckets.take(LimitedGroup.SIGN_IN, "198.51.100.1");
		assertThat(RateLimitFilter.retryAfterSeconds(refused.nanosToWait())).isEqualTo(15);
		this.clock.move(Duration.ofSeconds(15));
		assertThat(buckets.take(LimitedGroup.SIGN_IN, "198.51.100.1").allowed()).isTrue();
	}

	@Test
	void groupsAndClientsCountApart() {
		ClientBuckets buckets = new ClientBuckets(properties(100), this.clock, dataSource);
		for (int i = 0; i < 3; i++) {
			buckets.take(LimitedGroup.SIGN_IN, "198.51.100.1");
		}
		assertThat(buckets.take(LimitedGroup.SIGN_IN, "198.51.100.1").allowed()).isFalse();
		assertThat(buckets.take(LimitedGroup.SIGN_UP, "198.51.100.1").allowed()).isTrue();
		assertThat(buckets.take(LimitedGroup.SIGN_IN, "198.51.100.2").allowed()).isTrue();
	}

	@Test
	void manyAddressesCannotFillTheMemory() {
		ClientBuckets buckets = new ClientBuckets(properties(300), this.clock, dataSource);
		for (int i = 0; i < 1_500; i++) {
			buckets.take(LimitedGroup.SIGN_IN, "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
			assertThat(buckets.size()).isLessThanOrEqualTo(300);
		}
	}

	@Test
	void aRestartForgetsNothing() {
		for (int i = 0; i < 3; i++) {
			new ClientBuckets(properties(100), this.clock, dataSource).take(LimitedGroup.SIGN_IN, "198.51.100.1");
		}
		ClientBuckets restarted = new ClientBuckets(properties(100), this.clock, dataSource);
		assertThat(restarted.take(LimitedGroup.SIGN_IN, "198.51.100.1").allowed()).isFalse();
	}

	/**
	 * Four nodes (each has a count of its own) on eight threads taking from the same
	 * client's count at once, through a real pool: the first request of a client, an open
	 * window and one that has just ended. Exactly the limit is let through: none refused
	 * before it, none let through after it.
	 */
	@Test
	void nodesTakingAtOnceLetThroughExactlyTheLimit() throws Exception {
		RateLimitProperties properties = properties(1_000);
		properties.getAnonymousAssessments().setRequests(40);
		List<ClientBuckets> nodes = new ArrayList<>();
		for (int node = 0; node < 4; node++) {
			nodes.add(new ClientBuckets(properties, this.clock, dataSource));
		}
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			for (int client = 0; client < 5; client++) {
				for (int window = 0; window < 2; window++) {
					String who = "address:192.0.2." + client + " in window " + window;
					assertThat(takeAtOnce(threads, nodes, client)).as("the limit itself, " + who).isEqualTo(40);
					assertThat(takeAtOnce(threads, nodes, client)).as("beyond the limit, " + who).isZero();
					this.clock.move(Duration.ofMinutes(1));
				}
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	/**
	 * Forty requests, five on each of eight threads; answers how many were let through.
	 */
	private static int takeAtOnce(ExecutorService threads, List<ClientBuckets> nodes, int client) throws Exception {
		AtomicInteger allowed = new AtomicInteger();
		List<Future<?>> done = new ArrayList<>();
		for (int thread = 0; thread < 8; thread++) {
			ClientBuckets node = nodes.get(thread % nodes.size());
			done.add(threads.submit(() -> {
				for (int i = 0; i < 5; i++) {
					if (node.take(LimitedGroup.ANONYMOUS_ASSESSMENTS, "address:192.0.2." + client).allowed()) {
						allowed.incrementAndGet();
					}
				}
			}));
		}
		for (Future<?> each : done) {
			each.get(30, TimeUnit.SECONDS);
		}
		return allowed.get();
	}

	@Test
	void clientsIdleForAWholeWindowAreForgotten() {
		ClientBuckets buckets = new ClientBuckets(properties(1_000), this.clock, dataSource);
		for (int i = 0; i < 500; i++) {
			buckets.take(LimitedGroup.SIGN_IN, "10.0." + (i >> 8) + "." + (i & 255));
		}
		assertThat(buckets.size()).isEqualTo(500);
		this.clock.move(Duration.ofMinutes(2));
		buckets.take(LimitedGroup.SIGN_IN, "198.51.100.1");
		assertThat(buckets.size()).isEqualTo(1);
	}

	@Test
	void limitsThatCannotWorkAreRefusedAtStart() {
		RateLimitProperties zero = properties(100);
		zero.getSignUp().setRequests(0);
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientBuckets(zero, this.clock, dataSource))
			.withMessageContaining("sign-up");
		RateLimitProperties instant = properties(100);
		instant.getAnonymousAssessments().setWindow(Duration.ZERO);
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientBuckets(instant, this.clock, dataSource));
	}

	@Test
	void retryAfterIsWholeSecondsAndNeverZero() {
		assertThat(RateLimitFilter.retryAfterSeconds(0)).isEqualTo(1);
		assertThat(RateLimitFilter.retryAfterSeconds(1)).isEqualTo(1);
		assertThat(RateLimitFilter.retryAfterSeconds(1_000_000_001L)).isEqualTo(2);
		assertThat(RateLimitFilter.retryAfterSeconds(60_000_000_000L)).isEqualTo(60);
	}

}
