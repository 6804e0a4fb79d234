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

	/*
	 * The fever line never says less than the rules would: with a risk factor for
	 * infection, pain worse at night (or that question blank) or a nerve sign, a fever is
	 * an emergency (spinal_infection_suspected), and in pregnancy it is the maternity
	 * unit now (pregnancy_warning_signs). One of these takes the 24-hour line's place.
	 */
	private static final String FEVER_WITH_STRONG_INFECTION_RISK = "Because of your higher risk of infection: a fever, chills, feeling very unwell, or pain that becomes worse at night or at rest means going to an emergency department today.";

	private static final String FEVER_WITH_INFECTION_RISK = "Because of your higher risk of infection: a fever, chills or feeling very unwell means going to an emergency department today, and pain that becomes worse at night or at rest means seeing a doctor within 24 hours.";

	private static final String FEVER_EMERGENCY = "A fever, chills or feeling very unwell along with this back pain: go to an emergency department today.";

	private static final String FEVER_IN_PREGNANCY = "Because you are pregnant: a fever, chills or feeling very unwell means contacting your maternity unit now.";

	/**
	 * Children's back pain is seen sooner (child_with_warning_signs,
	 * child_unable_to_walk).
	 */
	private static final String CHILD = "For a child or teenager: pain at night, a fever, weakness or numbness, or a limp means seeing a doctor within 24 hours; not being able to walk means going to an emergency department today.";

	private static final String NECK = "Clumsy hands, dropping things, or walking that feels unsteady: see a doctor within 24 hours.";

	private static final String PREGNANCY = "Tightenings that come and go, bleeding from the vagina, or fluid leaking: contact your maternity unit now.";

	private static final String CANCER = "Because you have had cancer: any new weakness, numbness, unsteadiness or bladder change means going to an emergency department today.";

	private SafetyNet() {
	}

	private static String feverLine(AssessmentInput input) {
		if (input.pregnantOrFalse()) {
			return FEVER_IN_PREGNANCY;
		}
		if (input.hasAnyHistory(TriageRules.STRONG_INFECTION_RISK)) {
			return FEVER_WITH_STRONG_INFECTION_RISK;
		}
		if (input.hasAnyHistory(TriageRules.INFECTION_RISK)) {
			return FEVER_WITH_INFECTION_RISK;
		}
		if (TriageRules.feverMeansEmergency(input)) {
			return FEVER_EMERGENCY;
		}
		return FEVER;
	}

	static List<String> watchFor(AssessmentInput input) {
		String fever = feverLine(input);
		boolean child = input.age() < 16;
		if (input.pain().region() != Region.NECK && !input.pregnantOrFalse() && !input.has(History.CANCER)
				&& fever.equals(FEVER) && !child) {
			return ALWAYS;
		}
		List<String> items = new ArrayList<>(ALWAYS);
		items.set(items.indexOf(FEVER), fever);
		if (child) {
			items.add(CHILD);
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
