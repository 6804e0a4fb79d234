package org.backstop.core.insight;

/** Which day's factor is set against which day's spasms. */
public enum Lag {

	/** The factor and the spasm on the same day. */
	SAME_DAY("same_day", 0),

	/**
	 * The factor on one day, the spasm on the next (a delayed effect, such as a poor
	 * night).
	 */
	PREVIOUS_DAY("previous_day", 1);

	private final String code;

	private final int days;

	Lag(String code, int days) {
		this.code = code;
		this.days = days;
	}

	/** Stable snake_case name. */
	public String code() {
		return this.code;
	}

	/** How many days the factor comes before the outcome. */
	public int days() {
		return this.days;
	}

}
