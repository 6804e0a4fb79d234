package org.backstop.core.insight;

import java.util.Objects;

/**
 * One use of a treatment with the pain logged just before and after it.
 *
 * @param treatment the treatment, as the person or their plan names it
 * @param painBefore pain before, 0 to 10
 * @param painAfter pain after, 0 to 10
 */
public record TreatmentUse(String treatment, int painBefore, int painAfter) {

	public TreatmentUse {
		Objects.requireNonNull(treatment, "treatment: is required");
		if (treatment.isBlank()) {
			throw new IllegalArgumentException("treatment: must not be blank");
		}
		checkPain("painBefore", painBefore);
		checkPain("painAfter", painAfter);
	}

	/** How much the pain fell: before minus after, so a positive value means relief. */
	public int relief() {
		return this.painBefore - this.painAfter;
	}

	private static void checkPain(String field, int pain) {
		if (pain < 0 || pain > 10) {
			throw new IllegalArgumentException(field + ": must be 0 to 10, was " + pain);
		}
	}

}
