package org.backstop.core.triage;

import org.backstop.core.json.Coded;

/**
 * How soon the person should get care, most urgent first. Declaration order is urgency
 * order: a lower ordinal is more urgent.
 */
public enum TriageLevel implements Coded {

	EMERGENCY_AMBULANCE("Call an ambulance now"), EMERGENCY("Go to an emergency department now"),
	CONSULTATION_24("See a doctor within 24 hours"),
	CONSULTATION("Book an appointment with a doctor in the coming days"),
	SELF_CARE("You can look after this yourself for now");

	private final String headline;

	TriageLevel(String headline) {
		this.headline = headline;
	}

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

	/** What to do, in a few plain words. */
	public String headline() {
		return this.headline;
	}

	public boolean isMoreUrgentThan(TriageLevel other) {
		return ordinal() < other.ordinal();
	}

	public static TriageLevel mostUrgent(TriageLevel a, TriageLevel b) {
		return a.isMoreUrgentThan(b) ? a : b;
	}

}
