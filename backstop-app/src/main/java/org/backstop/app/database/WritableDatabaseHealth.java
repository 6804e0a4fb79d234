package org.backstop.app.database;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether the database takes the writes Backstop makes, not only whether it answers a
 * query: it writes an account, an access token and a reminder in one transaction and
 * rolls it back, so every table's constraints are checked as a real sign-up would check
 * them. A database that still reads but refuses writes (a broken constraint, a full disk,
 * a read-only replica) reports DOWN, and the readiness probe with it.
 */
@Component("writableDatabase")
class WritableDatabaseHealth implements HealthIndicator {

	private final JdbcClient jdbc;

	/**
	 * How long an answer is reused: the probe writes, and the health endpoints are open
	 * to anyone, so a flood of probes must not become a flood of writes.
	 */
	private final Duration reusedFor;

	private volatile Health last;

	private volatile long lastAtNanos;

	private final TransactionTemplate transactions;

	WritableDatabaseHealth(JdbcClient jdbc, TransactionTemplate transactions,
			@Value("${backstop.health.write-check-reused-for:10s}") Duration reusedFor) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.reusedFor = reusedFor;
	}

	@Override
	public Health health() {
		Health reused = this.last;
		if (reused != null && System.nanoTime() - this.lastAtNanos < this.reusedFor.toNanos()) {
			return reused;
		}
		Health fresh = probe();
		this.lastAtNanos = System.nanoTime();
		this.last = fresh;
		return fresh;
	}

	private Health probe() {
		try {
			this.transactions.executeWithoutResult((status) -> {
				status.setRollbackOnly();
				writeProbe();
			});
			return Health.up().build();
		}
		catch (RuntimeException ex) {
			// The cause's message names the constraint or the condition, never health
			// data.
			return Health.down().withDetail("reason", "the database refused a write").build();
		}
	}

	private void writeProbe() {
		UUID account = UUID.randomUUID();
		Instant now = Instant.now();
		this.jdbc
			.sql("INSERT INTO account (id, email, password_hash, role, created_at, password_changed_at) "
					+ "VALUES (?, ?, ?, 'PATIENT', ?, ?)")
			.params(account, "readiness-" + account + "@backstop.invalid", "-", SqlTime.utc(now), SqlTime.utc(now))
			.update();
		this.jdbc
			.sql("INSERT INTO access_token (id, account_id, name, token_hash, scope, created_at) "
					+ "VALUES (?, ?, 'readiness', ?, 'read', ?)")
			.params(UUID.randomUUID(), account, "0".repeat(64), SqlTime.utc(now))
			.update();
		this.jdbc
			.sql("INSERT INTO reminder (id, account_id, kind, days, time_zone, active, created_at, updated_at) "
					+ "VALUES (?, ?, 'exercise', 'mon', 'UTC', FALSE, ?, ?)")
			.params(UUID.randomUUID(), account, SqlTime.utc(now), SqlTime.utc(now))
			.update();
	}

}
