package org.backstop.app.diary;

import java.math.BigDecimal;
import java.util.function.Function;

import org.backstop.core.json.Coded;

/**
 * The built-in factors a day is compared by, each a yes or no read from the day's
 * factors, or unknown when the person did not log what it is read from. The cut-offs
 * split a person's own days into two groups to compare, not into healthy and unhealthy:
 * fewer than 6 hours of sleep (the example the reference gives), fewer than 6 glasses of
 * water, 6 hours or more of sitting, under 20 minutes of exercise, stress of 7 or more.
 */
enum DailyFactor implements Coded {

	SHORT_SLEEP((d) -> below(d.sleepHours(), 6)),

	POOR_SLEEP((d) -> (d.sleepQuality() != null) ? d.sleepQuality() == SleepQuality.POOR : null),

	FRONT_SLEEPING((d) -> (d.sleepPosition() != null) ? d.sleepPosition() == SleepPosition.FRONT : null),

	SOFT_MATTRESS((d) -> (d.mattress() != null) ? d.mattress() == Mattress.SOFT : null),

	LITTLE_WATER((d) -> (d.waterGlasses() != null) ? d.waterGlasses() < 6 : null),

	LONG_SITTING((d) -> (d.sittingHours() != null) ? !below(d.sittingHours(), 6) : null),

	LIFTING(DayFactors::lifting),

	LITTLE_EXERCISE((d) -> (d.exerciseMinutes() != null) ? d.exerciseMinutes() < 20 : null),

	HIGH_STRESS((d) -> (d.stress() != null) ? d.stress() >= 7 : null),

	ALCOHOL((d) -> (d.alcoholUnits() != null) ? d.alcoholUnits() > 0 : null);

	/** Personal factors are named so that none can be mistaken for a built-in one. */
	static final String PERSONAL_PREFIX = "personal:";

	private final Function<DayFactors, Boolean> read;

	DailyFactor(Function<DayFactors, Boolean> read) {
		this.read = read;
	}

	/** Whether the factor was present on the day; {@code null} when not logged. */
	Boolean on(DayFactors day) {
		return this.read.apply(day);
	}

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

	private static Boolean below(BigDecimal value, int limit) {
		return (value != null) ? value.compareTo(BigDecimal.valueOf(limit)) < 0 : null;
	}

}
