package org.backstop.core.triage;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.Radiation;

/**
 * What a clinician's examination of the nerves in the legs checks, and what a person can
 * safely notice for themselves, shown when leg or bladder symptoms are present (FACTS 2;
 * REFERENCE 7: CKS Sciatica, Greenhalgh 2018, GIRFT 2023). Nerve-root areas differ
 * between atlases, so they are given as approximate.
 *
 * @param clinicianChecks what the examination looks at
 * @param selfObservation what the person can notice and report, without testing painful
 * movements
 * @param caution what self-observation cannot do
 * @param source where this comes from, by short name
 */
@JsonPropertyOrder({ "clinicianChecks", "selfObservation", "caution", "source" })
public record NeurologicalExamination(List<String> clinicianChecks, List<String> selfObservation, String caution,
		String source) {

	static final NeurologicalExamination STANDARD = new NeurologicalExamination(List.of(
			"Strength: lifting the ankle and big toe, pushing the foot down, straightening the knee.",
			"Reflexes: tapping below the knee and at the back of the ankle.",
			"Feeling: light touch on the shin, the top and outer edge of the foot and the sole, and, if the nerves at the bottom of the spine may be involved, between the legs and around the back passage.",
			"Walking: ordinary steps, walking on the heels and on the toes, and balance.",
			"Nerve stretch: raising the straight leg while lying down to see if it brings on leg pain."),
			List.of("Whether you can take a few steps on your heels, and a few on your toes.",
					"Whether a foot slaps down or the toes catch when you walk.",
					"Numbness between the legs or around the back passage, which many people first notice when wiping after the toilet.",
					"Any change in how your bladder feels or empties, or in bowel control.",
					"Whether numbness or weakness is spreading, or has begun in the other leg."),
			"These observations do not replace an examination, and a normal result does not rule a problem out. A change matters more than one check: if anything gets worse, seek care at the level above rather than testing again, and do not keep repeating movements that hurt.",
			"NICE CKS Sciatica; Greenhalgh 2018; GIRFT 2023");

	static NeurologicalExamination relevantTo(AssessmentInput input) {
		Radiation radiation = input.pain().radiationOrNone();
		if (radiation != Radiation.NONE || input.hasAny(TriageRules.ANY_NERVE_SIGN)) {
			return STANDARD;
		}
		return null;
	}

}
