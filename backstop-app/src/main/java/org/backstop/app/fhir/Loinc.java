package org.backstop.app.fhir;

import java.util.List;

import org.backstop.core.questionnaire.Code;

/**
 * Every LOINC code Backstop writes into FHIR, with its display name. LOINC cannot be
 * checked offline, so a test pins this list.
 */
public final class Loinc {

	public static final String SYSTEM = Code.LOINC;

	/** A pain score 0-10: the diary's pain and the NRS. */
	public static final Code PAIN_SEVERITY = org.backstop.core.questionnaire.Instruments.NRS.code();

	/** A consent document, as the category of every Consent. */
	public static final Code PATIENT_CONSENT = new Code(SYSTEM, "59284-0", "Patient Consent",
			"FHIR R4 value set consent-category");

	private Loinc() {
	}

	/** Every LOINC code Backstop emits. */
	public static List<Code> emitted() {
		return List.of(PAIN_SEVERITY, PATIENT_CONSENT);
	}

}
