package org.backstop.core.insight;

import org.backstop.core.problem.CodedText;

/**
 * What a diary says about one factor at one lag: either a measured comparison or "not
 * enough data yet".
 */
public sealed interface TriggerInsight permits TriggerInsight.Measured, TriggerInsight.NotEnoughData {

	/** The factor, as the person named it. */
	String factor();

	/** Whether the factor is set against spasms on the same day or the next. */
	Lag lag();

	/** The days compared. */
	DayCounts counts();

	/** The plain-language summary. */
	CodedText summary();

	/**
	 * A comparison of days with and without the factor.
	 *
	 * @param factor the factor
	 * @param lag the lag
	 * @param counts the days compared
	 * @param riskRatio how many times as common a spasm day was with the factor as
	 * without, with its 95% interval (Katz log method)
	 * @param haldaneCorrected whether 0.5 was added to every cell because one was zero
	 * @param pValue Fisher's exact test, two-sided
	 * @param qValue the Benjamini-Hochberg q-value across every factor and lag measured
	 * @param support how far the diary supports the difference
	 * @param rateRatio how many times as many episodes a day had with the factor as
	 * without, with its exact 95% interval; {@code null} when no day without the factor
	 * had an episode, so that the ratio has no upper bound
	 * @param rateRatioPValue the exact conditional (binomial) test of the episode counts,
	 * two-sided; a second view, not part of the false-discovery control
	 * @param summary the plain-language summary
	 */
	record Measured(String factor, Lag lag, DayCounts counts, Interval riskRatio, boolean haldaneCorrected,
			double pValue, double qValue, Support support, Interval rateRatio, double rateRatioPValue,
			CodedText summary) implements TriggerInsight {

		/** Whether the diary supports this difference ({@code q < 0.05}). */
		public boolean supported() {
			return this.support == Support.SUPPORTED;
		}

	}

	/**
	 * Too few days to compare yet.
	 *
	 * @param factor the factor
	 * @param lag the lag
	 * @param counts the days there are so far
	 * @param daysMoreNeeded the fewest further logged days that could meet the minimum
	 * @param summary the plain-language summary
	 */
	record NotEnoughData(String factor, Lag lag, DayCounts counts, int daysMoreNeeded,
			CodedText summary) implements TriggerInsight {

	}

}
