package org.backstop.app.timer;

import java.util.Optional;

import org.backstop.core.careplan.TherapyTimers;

/**
 * One timer as a page shows it: its length, the longest it may be set to, and whether a
 * requested length was cut down to that limit.
 *
 * @param kind which timer
 * @param seconds its length
 * @param minSeconds the shortest it may be set to
 * @param maxSeconds the longest it may be set to, never passed
 * @param capped whether the length asked for was beyond the limit and was cut down
 */
public record TherapyTimer(TimerKind kind, int seconds, int minSeconds, int maxSeconds, boolean capped) {

	/** The timer with its usual length. */
	static TherapyTimer standard(TimerKind kind) {
		return switch (kind) {
			case HEAT ->
				new TherapyTimer(kind, TherapyTimers.HEAT_MINUTES * 60, 60, TherapyTimers.HEAT_MAX_MINUTES * 60, false);
			case COLD ->
				new TherapyTimer(kind, TherapyTimers.COLD_MINUTES * 60, 60, TherapyTimers.COLD_MAX_MINUTES * 60, false);
			case STRETCH -> new TherapyTimer(kind, TherapyTimers.STRETCH_HOLD_SECONDS,
					TherapyTimers.STRETCH_HOLD_MIN_SECONDS, TherapyTimers.STRETCH_HOLD_MAX_SECONDS, false);
			case BREATHING -> new TherapyTimer(kind, TherapyTimers.BREATHING_MINUTES * 60,
					TherapyTimers.BREATHING_MINUTES * 60, TherapyTimers.BREATHING_MINUTES * 60, false);
		};
	}

	/**
	 * The timer set to a requested length: minutes for heat and cold, seconds for a
	 * stretch. A length beyond the limit is cut down to it; one that is not a whole
	 * number is ignored; breathing keeps its one length.
	 */
	static TherapyTimer preset(TimerKind kind, Optional<String> minutes, Optional<String> seconds) {
		TherapyTimer standard = standard(kind);
		Optional<Long> asked = switch (kind) {
			case HEAT, COLD -> minutes.flatMap(TherapyTimer::whole).map((m) -> m * 60);
			case STRETCH -> seconds.flatMap(TherapyTimer::whole);
			case BREATHING -> Optional.empty();
		};
		if (asked.isEmpty()) {
			return standard;
		}
		long wanted = asked.get();
		boolean capped = wanted > standard.maxSeconds();
		int length = (int) Math.max(standard.minSeconds(), Math.min(standard.maxSeconds(), wanted));
		return new TherapyTimer(kind, length, standard.minSeconds(), standard.maxSeconds(), capped);
	}

	private static Optional<Long> whole(String text) {
		String trimmed = text.trim();
		if (trimmed.isEmpty() || trimmed.length() > 9 || !trimmed.chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(trimmed));
	}

	public int minutes() {
		return this.seconds / 60;
	}

	public int maxMinutes() {
		return this.maxSeconds / 60;
	}

	/** The length as the countdown shows it, such as {@code 15:00}. */
	public String clock() {
		return String.format("%d:%02d", this.seconds / 60, this.seconds % 60);
	}

	public int breatheInSeconds() {
		return TherapyTimers.BREATHE_IN_SECONDS;
	}

	public int breatheOutSeconds() {
		return TherapyTimers.BREATHE_OUT_SECONDS;
	}

	public int coldRestMinutes() {
		return TherapyTimers.COLD_REST_MINUTES;
	}

	public String coldLimitReason() {
		return TherapyTimers.COLD_LIMIT_REASON;
	}

}
