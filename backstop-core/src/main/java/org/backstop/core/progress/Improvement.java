package org.backstop.core.progress;

import org.backstop.core.questionnaire.Mcid;

/**
 * Judges a change against a minimal clinically important difference. A change of exactly
 * the threshold counts: the threshold is the smallest change that matters.
 */
public final class Improvement {

	/** Room for rounding in a mean of answers, far below any step of a score. */
	private static final double ROUNDING = 1e-9;

	private Improvement() {
	}

	/**
	 * Whether going from {@code first} to {@code latest} matters, for a score that is
	 * worse when higher.
	 */
	public static Judgement classify(Mcid mcid, double first, double latest) {
		double threshold = mcid.threshold(first);
		double change = latest - first;
		if (-change >= threshold - ROUNDING) {
			return Judgement.IMPROVED;
		}
		if (change >= threshold - ROUNDING) {
			return Judgement.WORSE;
		}
		return Judgement.NO_MEANINGFUL_CHANGE;
	}

}
