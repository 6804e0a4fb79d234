package org.backstop.app.careplan;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.backstop.core.careplan.CarePlan;

/**
 * What to do first, taken from the plan as the care planner made it for this person: the
 * first item of each section, in the plan's own order (staying active before exercises
 * before heat), so that nothing is advised here that the plan left out for them. Shown on
 * the self-care result and at the top of the plan ("today"), in one sentence each.
 * Medicines are never among them: a dose and its cautions need their whole text, a tap
 * away in the plan.
 */
@Component("firstThings")
public class FirstThings {

	/** The plan's section of medicines, never shortened to one sentence. */
	static final String MEDICINES = "medicines";

	/** How many things a person in pain is asked to do first. */
	public static final int HOW_MANY = 3;

	/**
	 * The first item of each section, up to {@link #HOW_MANY}; none while care is sought.
	 */
	public List<CarePlan.Item> of(CarePlan plan) {
		List<CarePlan.Item> first = new ArrayList<>();
		if (plan == null || plan.urgent() != null) {
			return first;
		}
		for (CarePlan.Section section : plan.sections()) {
			if (!section.items().isEmpty() && first.size() < HOW_MANY && !MEDICINES.equals(section.id())) {
				first.add(section.items().get(0));
			}
		}
		return first;
	}

	/**
	 * The first sentence of a text, for a list a person in pain takes in at a glance; the
	 * whole text is one tap away in the plan.
	 */
	public String firstSentence(String text) {
		if (text == null) {
			return "";
		}
		int end = text.indexOf(". ");
		return (end < 0) ? text : text.substring(0, end + 1);
	}

}
