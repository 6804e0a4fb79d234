package org.backstop.app.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.github.bucket4j.ConsumptionProbe;
import org.junit.jupiter.api.Test;

/** The buckets on their own, with a clock the test moves. */
class ClientBucketsTest {

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
		ClientBuckets buckets = new ClientBuckets(properties(100), this.clock);
		for (int i = 0; i < 3; i++) {
			assertThat(buckets.take(LimitedGroup.SIGN_IN, "198.51.100.1").isConsumed()).isTrue();
		}
		ConsumptionProbe refused = buckets.take(LimitedGroup.SIGN_IN, "198.51.100.1");
		assertThat(refused.isConsumed()).isFalse();
		assertThat(RateLimitFilter.retryAfterSeconds(refused.getNanosToWaitForRefill())).isEqualTo(60);
		this.clock.move(Duration.ofSeconds(45));
		refused = buckets.take(LimitedGroup.SIGN_IN, "198.51.100.1");
		assertThat(RateLimitFilter.retryAfterSeconds(refused.getNanosToWaitForRefill())).isEqualTo(15);
		this.clock.move(Duration.ofSeconds(15));
		assertThat(buckets.take(LimitedGroup.SIGN_IN, "198.51.100.1").isConsumed()).isTrue();
	}

	@Test
	void groupsAndClientsCountApart() {
		ClientBuckets buckets = new ClientBuckets(properties(100), this.clock);
		for (int i = 0; i < 3; i++) {
			buckets.take(LimitedGroup.SIGN_IN, "198.51.100.1");
		}
		assertThat(buckets.take(LimitedGroup.SIGN_IN, "198.51.100.1").isConsumed()).isFalse();
		assertThat(buckets.take(LimitedGroup.SIGN_UP, "198.51.100.1").isConsumed()).isTrue();
		assertThat(buckets.take(LimitedGroup.SIGN_IN, "198.51.100.2").isConsumed()).isTrue();
	}

	@Test
	void manyAddressesCannotFillTheMemory() {
		ClientBuckets buckets = new ClientBuckets(properties(1_000), this.clock);
		for (int i = 0; i < 50_000; i++) {
			buckets.take(LimitedGroup.SIGN_IN, "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
			assertThat(buckets.size()).isLessThanOrEqualTo(1_000);
		}
	}

	@Test
	void clientsIdleForAWholeWindowAreForgotten() {
		ClientBuckets buckets = new ClientBuckets(properties(1_000), this.clock);
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
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientBuckets(zero, this.clock))
			.withMessageContaining("sign-up");
		RateLimitProperties instant = properties(100);
		instant.getAnonymousAssessments().setWindow(Duration.ZERO);
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientBuckets(instant, this.clock));
	}

	@Test
	void retryAfterIsWholeSecondsAndNeverZero() {
		assertThat(RateLimitFilter.retryAfterSeconds(0)).isEqualTo(1);
		assertThat(RateLimitFilter.retryAfterSeconds(1)).isEqualTo(1);
		assertThat(RateLimitFilter.retryAfterSeconds(1_000_000_001L)).isEqualTo(2);
		assertThat(RateLimitFilter.retryAfterSeconds(60_000_000_000L)).isEqualTo(60);
	}

}
