package org.backstop.core.careplan;

import java.util.List;

import org.backstop.core.knowledge.Source;

/**
 * The lengths that timers for heat, cold, stretch holds and paced breathing use, with the
 * limits they must never pass. The plan's own doses use the same numbers, so a timer and
 * the plan never disagree.
 */
public final class TherapyTimers {

	/** A heat session, in minutes (the heat pack's dose). */
	public static final int HEAT_MINUTES = 20;

	/** The longest heat session a timer offers, in minutes. */
	public static final int HEAT_MAX_MINUTES = 20;

	/** A cold session, in minutes (the cold pack's dose). */
	public static final int COLD_MINUTES = 15;

	/** Never longer than this on the skin at one time, in minutes. */
	public static final int COLD_MAX_MINUTES = 20;

	/** Least rest between two cold sessions, in minutes. */
	public static final int COLD_REST_MINUTES = 20;

	/** Why cold has a hard limit, for the person to read. */
	public static final String COLD_LIMIT_REASON = "Cold left on the skin for more than 20 minutes at a time can injure it: the skin can freeze or go numb without you noticing. Stop at 20 minutes at most and let the skin warm up for at least 20 minutes before the next time.";

	/** Where the cold limit comes from. */
	public static final List<Source> COLD_LIMIT_SOURCES = List.of(Source.COCHRANE_HEAT_COLD);

	/** A stretch hold when none is given, in seconds. */
	public static final int STRETCH_HOLD_SECONDS = 30;

	/** The shortest and longest stretch hold a timer offers, in seconds. */
	public static final int STRETCH_HOLD_MIN_SECONDS = 5;

	public static final int STRETCH_HOLD_MAX_SECONDS = 60;

	/** Paced breathing: in for 4 seconds, out for 6, about six breaths a minute. */
	public static final int BREATHE_IN_SECONDS = 4;

	public static final int BREATHE_OUT_SECONDS = 6;

	/** A paced-breathing session, in minutes (the exercise's dose). */
	public static final int BREATHING_MINUTES = 5;

	private TherapyTimers() {
	}

}
