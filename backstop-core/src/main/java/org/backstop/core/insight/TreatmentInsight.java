package org.backstop.core.insight;

import org.backstop.core.problem.CodedText;

/**
 * What a diary says about one treatment: either a measured change or "not enough data
 * yet".
 */
public sealed interface TreatmentInsight permits TreatmentInsight.Measured, TreatmentInsight.NotEnoughData {

	/** The treatment. */
	String treatment();

	/** How many uses were logged with pain before and after. */
	int uses();

	/** The plain-language summary. */
	CodedText summary();

	/**
	 * The pain relief a treatment brought.
	 *
	 * @param treatment the treatment
	 * @param uses the uses compared
	 * @param relief the drop in pain, before minus after, in points: the Hodges-Lehmann
	 * estimate (median of the pairwise averages) with the 95% interval of the Wilcoxon
	 * signed-rank test
	 * @param pValue the Wilcoxon signed-rank test of no change, two-sided (exact for
	 * fewer than 50 uses without ties or zero changes, else the normal approximation with
	 * the tie and continuity corrections; uses that changed nothing are ranked and then
	 * left out, by Pratt's method)
	 * @param qValue the Benjamini-Hochberg q-value across the treatments measured
	 * @param support how far the diary supports the change
	 * @param summary the plain-language summary
	 */
	record Measured(String treatment, int uses, Interval relief, double pValue, double qValue, Support support,
			CodedText summary) implements TreatmentInsight {

	}

	/**
	 * Too few uses to judge yet.
	 *
	 * @param treatment the treatment
	 * @param uses the uses so far
	 * @param usesMoreNeeded how many more uses to log
	 * @param summary the plain-language summary
	 */
	record NotEnoughData(String treatment, int uses, int usesMoreNeeded,
			CodedText summary) implements TreatmentInsight {

	}

}
