package org.backstop.core.triage;

import java.util.ArrayList;
import java.util.List;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Region;

/**
 * What to watch for: the warning signs that should change the answer, given with every
 * result, self-care included (Greenhalgh 2018 on safety-netting; NG59; CKS).
 */
final class SafetyNet {

	private static final String FEVER = "A fever, chills or feeling very unwell along with the back pain: see a doctor within 24 hours.";

	private static final List<String> ALWAYS = List.of(
			"Numbness between your legs or around your back passage, or new trouble passing or holding urine or stools: go to an emergency department straight away.",
			"A leg that gets weaker, a foot that slaps down or catches when you walk, or pain or numbness spreading into both legs: go to an emergency department today.",
			"Chest pain, pressure or tightness, breathlessness, fainting, or a sudden tearing pain: call an ambulance.",
			FEVER,
			"Pain that keeps getting worse, keeps you awake at night, or has not begun to ease after two to four weeks: book an appointment with a doctor or physiotherapist.");

	/**
	 * With a risk factor for infection, a fever with back pain is an emergency
	 * (spinal_infection_suspected), so this line takes the place of the 24-hour one.
	 */
	private static final String FEVER_WITH_INFECTION_RISK = "Because of your higher risk of infection: a fever, chills or feeling very unwell along with the back pain means going to an emergency department today.";

	private static final String NECK = "Clumsy hands, dropping things, or walking that feels unsteady: see a doctor within 24 hours.";

	private static final String PREGNANCY = "Tightenings that come and go, bleeding from the vagina, or fluid leaking: contact your maternity unit now.";

	private static final String CANCER = "Because you have had cancer: any new weakness, numbness, unsteadiness or bladder change means going to an emergency department today.";

	private SafetyNet() {
	}

	static List<String> watchFor(AssessmentInput input) {
		boolean infectionRisk = input.hasAnyHistory(TriageRules.INFECTION_RISK);
		if (input.pain().region() != Region.NECK && !input.pregnantOrFalse() && !input.has(History.CANCER)
				&& !infectionRisk) {
			return ALWAYS;
		}
		List<String> items = new ArrayList<>(ALWAYS);
		if (infectionRisk) {
			items.set(items.indexOf(FEVER), FEVER_WITH_INFECTION_RISK);
		}
		if (input.pain().region() == Region.NECK) {
			items.add(NECK);
		}
		if (input.pregnantOrFalse()) {
			items.add(PREGNANCY);
		}
		if (input.has(History.CANCER)) {
			items.add(CANCER);
		}
		return items;
	}

}
