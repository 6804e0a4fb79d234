package org.backstop.app.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * One token bucket per client (an address, or a signed-in account) and limited group, in
 * a map that never holds more than a set number of entries, so that a flood from many
 * addresses cannot fill the memory. An entry left alone for a whole window has refilled,
 * so forgetting it changes nothing; only when the map is still full are the longest-idle
 * clients forgotten early.
 */
final class ClientBuckets {

	private record Key(LimitedGroup group, String client) {
	}

	private static final class Entry {

		final Bucket bucket;

		volatile long lastUsedNanos;

		Entry(Bucket bucket, long now) {
			this.bucket = bucket;
			this.lastUsedNanos = now;
		}

	}

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	private final Map<LimitedGroup, RateLimitProperties.Limit> limits;

	private final int maxClients;

	private final TimeMeter time;

	private final long sweepEveryNanos;

	private final ReentrantLock sweeping = new ReentrantLock();

	private volatile long lastSweepNanos;

	ClientBuckets(RateLimitProperties properties, Clock clock) {
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
		// Buckets read the app's clock, so a test's clock moves them too.
		this.time = new TimeMeter() {
			@Override
			public long currentTimeNanos() {
				return clock.millis() * 1_000_000L;
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}
		};
		this.sweepEveryNanos = Duration.ofMinutes(1).toNanos();
		this.lastSweepNanos = this.time.currentTimeNanos();
	}

	private static RateLimitProperties.Limit checked(String name, RateLimitProperties.Limit limit) {
		if (limit.getRequests() < 1 || limit.getWindow() == null
				|| limit.getWindow().compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("backstop.rate-limits." + name
					+ " needs requests of at least 1 and a window of at least one second");
		}
		return limit;
	}

	/** Takes one request from the client's bucket for the group. */
	ConsumptionProbe take(LimitedGroup group, String client) {
		long now = this.time.currentTimeNanos();
		if (this.entries.size() >= this.maxClients || now - this.lastSweepNanos >= this.sweepEveryNanos) {
			sweep(now);
		}
		Entry entry = this.entries.computeIfAbsent(new Key(group, client), (key) -> new Entry(bucket(group), now));
		entry.lastUsedNanos = now;
		return entry.bucket.tryConsumeAndReturnRemaining(1);
	}

	/** How many client and group pairs are remembered now. */
	int size() {
		return this.entries.size();
	}

	private Bucket bucket(LimitedGroup group) {
		RateLimitProperties.Limit limit = this.limits.get(group);
		return Bucket.builder()
			.addLimit((bandwidth) -> bandwidth.capacity(limit.getRequests())
				.refillIntervally(limit.getRequests(), limit.getWindow()))
			.withCustomTimePrecision(this.time)
			.build();
	}

	private void sweep(long now) {
		// One sweep at a time; others go on meanwhile rather than wait.
		if (!this.sweeping.tryLock()) {
			return;
		}
		try {
			this.lastSweepNanos = now;
			this.entries.entrySet()
				.removeIf((e) -> now
						- e.getValue().lastUsedNanos >= this.limits.get(e.getKey().group()).getWindow().toNanos());
			int keep = this.maxClients - Math.max(1, this.maxClients / 10);
			int excess = this.entries.size() - keep;
			if (excess > 0) {
				this.entries.entrySet()
					.stream()
					.sorted(Comparator.comparingLong((Map.Entry<Key, Entry> e) -> e.getValue().lastUsedNanos))
					.limit(excess)
					.map(Map.Entry::getKey)
					.toList()
					.forEach(this.entries::remove);
			}
		}
		finally {
			this.sweeping.unlock();
		}
	}

}
