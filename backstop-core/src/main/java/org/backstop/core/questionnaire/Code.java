package org.backstop.core.questionnaire;

/**
 * A code for an instrument or its score in a terminology, as FHIR carries it.
 *
 * @param system the code system's URI
 * @param code the code within it
 * @param display the code's name
 * @param provenance where the code was taken from, so a reader can judge how far to trust
 * it
 */
public record Code(String system, String code, String display, String provenance) {

	/** LOINC, as FHIR names it. */
	public static final String LOINC = "http://loinc.org";

	/**
	 * Backstop's own code system, for instruments and scores that have no LOINC code
	 * (none could be confirmed in the clinical reference). A URN because Backstop has no
	 * web address of its own to name it by.
	 */
	public static final String BACKSTOP = "urn:backstop:instrument";

	static Code loinc(String code, String display, String provenance) {
		return new Code(LOINC, code, display, provenance);
	}

	static Code backstop(String code, String display) {
		return new Code(BACKSTOP, code, display, "Backstop's own code: no LOINC code is confirmed for it");
	}

	public boolean isLoinc() {
		return LOINC.equals(this.system);
	}

}
