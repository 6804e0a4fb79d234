package org.backstop.core.questionnaire;

/**
 * The minimal clinically important difference: the smallest change in a score that
 * matters to a person, below which a change may be noise.
 *
 * @param points the change in score points, or 0 when it is given as a share of the first
 * score only
 * @param percentOfFirst the change as a percentage of the first score, used only when
 * {@code points} is 0
 * @param smallestStep the smallest change the score can show; no threshold is ever below
 * it, so that a first score of 0 does not make every rise meaningful
 * @param source where the threshold comes from
 * @param note how firm it is, in plain words
 */
public record Mcid(double points, double percentOfFirst, double smallestStep, Citation source, String note) {

	public Mcid {
		if (points < 0 || percentOfFirst < 0 || smallestStep <= 0 || (points == 0) == (percentOfFirst == 0)) {
			throw new IllegalArgumentException("an MCID is either points or a percentage, and a positive step");
		}
	}

	static Mcid points(double points, double smallestStep, Citation source, String note) {
		return new Mcid(points, 0, smallestStep, source, note);
	}

	static Mcid percentOfFirst(double percent, double smallestStep, Citation source, String note) {
		return new Mcid(0, percent, smallestStep, source, note);
	}

	/** The change that counts as meaningful from this first score. */
	public double threshold(double first) {
		double threshold = (this.points > 0) ? this.points : Math.abs(first) * this.percentOfFirst / 100;
		return Math.max(threshold, this.smallestStep);
	}

}
