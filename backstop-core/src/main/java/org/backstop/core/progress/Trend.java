package org.backstop.core.progress;

import java.util.Locale;

/**
 * How one instrument's score has moved: first and latest score, the change between them,
 * the least-squares slope per week over every score, and whether the change matters. When
 * there are too few scores, the judgement is {@link Judgement#NOT_ENOUGH_YET} and the
 * numbers that need two days are {@code null}.
 *
 * @param instrument the instrument's id
 * @param count how many scores there are
 * @param first the first score, or {@code null} when there is none
 * @param latest the latest score, or {@code null} when there is none
 * @param change latest minus first (negative is better), or {@code null}
 * @param slopePerWeek the least-squares slope in score points per week (negative is
 * better), or {@code null}
 * @param meaningfulChange the change that matters from the first score, or {@code null}
 * when there is no first score
 * @param judgement whether the change matters
 * @param moreDaysNeeded how many more days with a score are needed before a judgement, 0
 * once there is one
 */
public record Trend(String instrument, int count, DatedScore first, DatedScore latest, Double change,
		Double slopePerWeek, Double meaningfulChange, Judgement judgement, int moreDaysNeeded) {

	/** A summary in plain words, honest about what two numbers can say. */
	public String summary() {
		if (this.judgement == Judgement.NOT_ENOUGH_YET) {
			return "Not enough yet: give a score on " + this.moreDaysNeeded + " more "
					+ ((this.moreDaysNeeded == 1) ? "day" : "days") + " to see a trend.";
		}
		return String.format(Locale.ROOT, "From %s on %s to %s on %s: %s (a change of %s counts).",
				number(this.first.value()), this.first.date(), number(this.latest.value()), this.latest.date(),
				this.judgement.text(), number(this.meaningfulChange));
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

}
