package org.backstop.app.ratelimit;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One count per client (an address, or a signed-in account) and limited group, kept in
 * the database table {@code rate_limit_count} so that every app node counts against the
 * same limit and a restart forgets nothing. A client may send a group's requests until
 * its window, which starts at its first request, has ended; then the count starts again.
 * Each try is a short transaction of single-row statements (see the package description).
 * Rows whose window has ended are swept; only when the table still holds more than the
 * set number of rows are the clients nearest the end of their window forgotten early, so
 * that a flood from many addresses cannot fill the database.
 */
final class ClientBuckets {

	/**
	 * What taking one request gave.
	 *
	 * @param allowed whether the request may go on
	 * @param nanosToWait when refused, how long until the client's window ends
	 */
	record Taken(boolean allowed, long nanosToWait) {
	}

	/** How often one statement may lose a race to another node before giving up. */
	private static final int ATTEMPTS = 5;

	private final Map<LimitedGroup, RateLimitProperties.Limit> limits;

	private final int maxClients;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final boolean postgresql;

	private final Clock clock;

	private final long sweepEveryMillis;

	private final ReentrantLock sweeping = new ReentrantLock();

	private final AtomicInteger addedSinceSweep = new AtomicInteger();

	private volatile long lastSweepMillis;

	ClientBuckets(RateLimitProperties properties, Clock clock, DataSource dataSource) {
		this.limits = new EnumMap<>(LimitedGroup.class);
		this.limits.put(LimitedGroup.SIGN_IN, checked("sign-in", properties.getSignIn()));
		this.limits.put(LimitedGroup.SIGN_UP, checked("sign-up", properties.getSignUp()));
		this.limits.put(LimitedGroup.PASSWORD_RESET, checked("password-reset", properties.getPasswordReset()));
		this.limits.put(LimitedGroup.CONTACT, checked("contact", properties.getContact()));
		this.limits.put(LimitedGroup.ANONYMOUS_ASSESSMENTS,
				checked("anonymous-assessments", properties.getAnonymousAssessments()));
		this.limits.put(LimitedGroup.SIGNED_IN_ASSESSMENTS,
				checked("signed-in-assessments", properties.getSignedInAssessments()));
		this.limits.put(LimitedGroup.SHARE_LINKS, checked("share-links", properties.getShareLinks()));
		if (properties.getMaxClients() < 1) {
			throw new IllegalArgumentException("backstop.rate-limits.max-clients must be at least 1");
		}
		this.maxClients = properties.getMaxClients();
		// Counts read the app's clock, so a test's clock moves them too.
		this.clock = clock;
		this.jdbc = JdbcClient.create(dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.postgresql = isPostgresql(dataSource);
		this.sweepEveryMillis = Duration.ofMinutes(1).toMillis();
		this.lastSweepMillis = clock.millis();
	}

	private static boolean isPostgresql(DataSource dataSource) {
		try {
			return "PostgreSQL"
				.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database holds the rate limits", ex);
		}
	}

	private static RateLimitProperties.Limit checked(String name, RateLimitProperties.Limit limit) {
		if (limit.getRequests() < 1 || limit.getWindow() == null
				|| limit.getWindow().compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("backstop.rate-limits." + name
					+ " needs requests of at least 1 and a window of at least one second");
		}
		return limit;
	}

	/** Takes one request from the client's count for the group. */
	Taken take(LimitedGroup group, String client) {
		long now = this.clock.millis();
		if (this.addedSinceSweep.get() >= this.maxClients / 10 || now - this.lastSweepMillis >= this.sweepEveryMillis) {
			sweep(now);
		}
		long windowEnds = now + this.limits.get(group).getWindow().toMillis();
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			try {
				Taken taken = this.transactions.execute((status) -> attempt(group, client, now, windowEnds));
				if (taken != null) {
					return taken;
				}
			}
			catch (DuplicateKeyException ex) {
				// Another node counted this client's first request at the same moment.
			}
		}
		// Only a storm of races gets here; refusing for a second is the safe side.
		return new Taken(false, Duration.ofSeconds(1).toNanos());
	}

	/** One try, in a transaction; null when another node changed the row meanwhile. */
	private Taken attempt(LimitedGroup group, String client, long now, long windowEnds) {
		if (this.postgresql) {
			// A count lost in a crash costs nothing, so this commit need not wait for the
			// disk: it would otherwise be most of what the count costs.
			this.jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
		}
		// The common case: a window still open with requests left.
		if (this.jdbc.sql("""
				UPDATE rate_limit_count SET used = used + 1
				WHERE limited_group = :group AND client = :client AND window_ends > :now AND used < :limit""")
			.param("group", group.name())
			.param("client", client)
			.param("now", now)
			.param("limit", this.limits.get(group).getRequests())
			.update() == 1) {
			return new Taken(true, 0);
		}
		if (this.jdbc.sql("""
				UPDATE rate_limit_count SET used = 1, window_ends = :windowEnds
				WHERE limited_group = :group AND client = :client AND window_ends <= :now""")
			.param("windowEnds", windowEnds)
			.param("group", group.name())
			.param("client", client)
			.param("now", now)
			.update() == 1) {
			return new Taken(true, 0);
		}
		Optional<Count> count = this.jdbc
			.sql("SELECT window_ends, used FROM rate_limit_count WHERE limited_group = :group AND client = :client")
			.param("group", group.name())
			.param("client", client)
			.query(Count.class)
			.optional();
		if (count.isEmpty()) {
			this.jdbc.sql("""
					INSERT INTO rate_limit_count (limited_group, client, window_ends, used)
					VALUES (:group, :client, :windowEnds, 1)""")
				.param("group", group.name())
				.param("client", client)
				.param("windowEnds", windowEnds)
				.update();
			this.addedSinceSweep.incrementAndGet();
			return new Taken(true, 0);
		}
		if (count.get().windowEnds() > now && count.get().used() >= this.limits.get(group).getRequests()) {
			return new Taken(false, (count.get().windowEnds() - now) * 1_000_000L);
		}
		// Another node inserted the row, or started the next window, after the updates
		// above had looked: try again.
		return null;
	}

	private record Count(long windowEnds, long used) {
	}

	/** How many client and group pairs are remembered now. */
	int size() {
		return this.jdbc.sql("SELECT COUNT(*) FROM rate_limit_count").query(Integer.class).single();
	}

	private void sweep(long now) {
		// One sweep at a time on this node; others go on meanwhile rather than wait.
		if (!this.sweeping.tryLock()) {
			return;
		}
		try {
			this.lastSweepMillis = now;
			this.addedSinceSweep.set(0);
			this.jdbc.sql("DELETE FROM rate_limit_count WHERE window_ends <= :now").param("now", now).update();
			int keep = this.maxClients - this.maxClients / 10;
			int excess = size() - keep;
			if (excess > 0) {
				// Those nearest the end of their window lose least by being forgotten
				// (all
				// of those ending at the same millisecond as the last, to keep it one
				// query).
				this.jdbc.sql("""
						DELETE FROM rate_limit_count WHERE window_ends <= (
							SELECT window_ends FROM rate_limit_count
							ORDER BY window_ends OFFSET :skip ROWS FETCH FIRST 1 ROWS ONLY)""")
					.param("skip", excess - 1)
					.update();
			}
		}
		finally {
			this.sweeping.unlock();
		}
	}

}
