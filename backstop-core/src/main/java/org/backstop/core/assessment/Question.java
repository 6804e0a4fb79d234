package org.backstop.core.assessment;

import org.backstop.core.json.Coded;

/**
 * The single answers of the contract that a person may give as "not sure": every optional
 * one that a triage rule reads. Each is named by its path in the contract.
 */
public enum Question implements Coded {

	PREGNANT("pregnant"), PREGNANCY_WEEKS("pregnancyWeeks"), ONSET("pain.onset"), RADIATION("pain.radiation"),
	LEG_SYMPTOMS_DAYS("pain.legSymptomsDays"), WORSE_AT_NIGHT_OR_REST("pain.worseAtNightOrRest"), TRAUMA("pain.trauma"),
	MOBILITY("function.mobility"), SELF_CARE_WEEKS_TRIED("selfCare.weeksTried"),
	SELF_CARE_IMPROVING("selfCare.improving");

	private final String path;

	Question(String path) {
		this.path = path;
	}

	/** The field's path, such as {@code pain.onset}. */
	@Override
	public String code() {
		return this.path;
	}

}
