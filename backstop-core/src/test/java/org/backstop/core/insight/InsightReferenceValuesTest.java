package org.backstop.core.insight;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The statistics against values computed elsewhere. Unless a published source is named,
 * the expected values were computed with SciPy 1.17.1 (Python 3) and written in here; the
 * call that gave each is beside it, so it can be re-run.
 */
class InsightReferenceValuesTest {

	private static final double CLOSE = 1e-9;

	@Test
	void fishersExactTestGivesTheLadyTastingTeaPValue() {
		// Fisher (1935), The Design of Experiments: 4 cups of each kind, 3 right of each;
		// two-sided p = 34/70 = 0.4857. scipy.stats.fisher_exact([[3,1],[1,3]]) agrees.
		DayCounts tea = new DayCounts(4, 3, 3, 4, 1, 1);
		assertThat(org.apache.commons.statistics.inference.FisherExactTest.withDefaults().test(tea.table()).getPValue())
			.isCloseTo(34.0 / 70, within(CLOSE));
	}

	@Test
	void riskRatioAndItsKatzIntervalMatchScipy() {
		// scipy.stats.contingency.relative_risk(12, 20, 4, 25) -> 3.75,
		// .confidence_interval(0.95) (Katz log method) -> (1.4260787786665072,
		// 9.860955937616232);
		// scipy.stats.fisher_exact([[12,8],[4,21]]).pvalue -> 0.004172673779099776
		DayCounts counts = new DayCounts(20, 12, 12, 25, 4, 4);
		Interval rr = TriggerInsights.riskRatio(counts);
		assertThat(TriggerInsights.haldaneCorrected(counts)).isFalse();
		assertThat(rr.estimate()).isCloseTo(3.75, within(CLOSE));
		assertThat(rr.lower()).isCloseTo(1.4260787786665072, within(1e-9));
		assertThat(rr.upper()).isCloseTo(9.860955937616232, within(1e-8));
		assertThat(fisher(counts)).isCloseTo(0.004172673779099776, within(1e-12));
	}

	@Test
	void aSecondRiskRatioMatchesScipy() {
		// scipy.stats.contingency.relative_risk(9, 14, 2, 16) -> 5.142857142857143,
		// interval (1.3280305046685488, 19.91594281822457); fisher_exact ->
		// 0.00682991837414626
		DayCounts counts = new DayCounts(14, 9, 9, 16, 2, 2);
		Interval rr = TriggerInsights.riskRatio(counts);
		assertThat(rr.estimate()).isCloseTo(5.142857142857143, within(CLOSE));
		assertThat(rr.lower()).isCloseTo(1.3280305046685488, within(1e-9));
		assertThat(rr.upper()).isCloseTo(19.91594281822457, within(1e-8));
		assertThat(fisher(counts)).isCloseTo(0.00682991837414626, within(1e-12));
	}

	@Test
	void aZeroCellGetsHaldanesCorrection() {
		// 6 of 10 days with the factor had a spasm, 0 of 10 without. With 0.5 added to
		// each cell:
		// (6.5/11) / (0.5/11) = 13; se = sqrt(1/6.5 - 1/11 + 1/0.5 - 1/11); interval
		// 13 * exp(-/+ 1.959963985 * se), computed with numpy: (0.8291064128568152,
		// 203.83390766172488).
		// scipy.stats.fisher_exact([[6,4],[0,10]]).pvalue -> 0.010835913312693497
		DayCounts counts = new DayCounts(10, 6, 6, 10, 0, 0);
		Interval rr = TriggerInsights.riskRatio(counts);
		assertThat(TriggerInsights.haldaneCorrected(counts)).isTrue();
		assertThat(rr.estimate()).isCloseTo(13.0, within(CLOSE));
		assertThat(rr.lower()).isCloseTo(0.8291064128568152, within(1e-9));
		assertThat(rr.upper()).isCloseTo(203.83390766172488, within(1e-7));
		assertThat(fisher(counts)).isCloseTo(0.010835913312693497, within(1e-12));
	}

	@Test
	void episodeRateRatioMatchesTheExactBinomialView() {
		// 30 episodes over 20 days with the factor, 10 over 25 days without.
		// bt = scipy.stats.binomtest(30, 40, 20/45); bt.pvalue -> 0.00016367432454428445;
		// ci = bt.proportion_ci(0.95, method='exact') (Clopper-Pearson), each end p
		// turned into
		// p/(1-p) * 25/20 -> ratio 3.75, interval (1.7842605876886968, 8.59912721377277)
		DayCounts counts = new DayCounts(20, 15, 30, 25, 8, 10);
		Interval rate = TriggerInsights.rateRatio(counts);
		assertThat(rate.estimate()).isCloseTo(3.75, within(CLOSE));
		assertThat(rate.lower()).isCloseTo(1.7842605876886968, within(1e-9));
		assertThat(rate.upper()).isCloseTo(8.59912721377277, within(1e-9));
		assertThat(TriggerInsights.rateRatioPValue(counts)).isCloseTo(0.00016367432454428445, within(1e-12));
	}

	@Test
	void episodeRateRatioHasNoUpperBoundWhenEveryEpisodeFellOnDaysWithTheFactor() {
		assertThat(TriggerInsights.rateRatio(new DayCounts(10, 5, 7, 10, 0, 0))).isNull();
	}

	@Test
	void benjaminiHochbergMatchesThePublishedExample() {
		// Benjamini & Hochberg (1995), J R Stat Soc B 57:289, section 4.1: 15 p-values
		// from a
		// myocardial infarction trial; at 0.05 the procedure rejects the four smallest.
		// q-values from scipy.stats.false_discovery_control(p).
		double[] p = { 0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719,
				0.6528, 0.7590, 1.000 };
		double[] expected = { 0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.06385714285714286, 0.06385714285714286, 0.0645,
				0.07650000000000001, 0.486, 0.5811818181818181, 0.7148749999999999, 0.7532307692307693,
				0.8132142857142857, 1.0 };
		double[] q = FalseDiscovery.qValues(p);
		for (int i = 0; i < p.length; i++) {
			assertThat(q[i]).as("q of p = %s", p[i]).isCloseTo(expected[i], within(1e-12));
		}
		assertThat(java.util.Arrays.stream(q).filter((v) -> v < FalseDiscovery.LEVEL).count()).isEqualTo(4);
	}

	@Test
	void benjaminiHochbergKeepsTheInputOrder() {
		double[] q = FalseDiscovery.qValues(new double[] { 0.04, 0.01, 0.03 });
		// sorted 0.01, 0.03, 0.04 -> 0.03, 0.04 (min of 0.045, 0.04), 0.04
		assertThat(q).containsExactly(new double[] { 0.04, 0.03, 0.04 }, within(1e-12));
	}

	@Test
	void benjaminiHochbergRejectsAPValueOutsideZeroToOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> FalseDiscovery.qValues(new double[] { 0.2, 1.5 }))
			.withMessageContaining("pValues");
		assertThatIllegalArgumentException().isThrownBy(() -> FalseDiscovery.qValues(new double[] { Double.NaN }))
			.withMessageContaining("pValues");
	}

	@Test
	void wilcoxonMatchesDarwinsPlantHeights() {
		// Darwin's Zea mays pairs as differences (Fisher 1935, Cureton 1967): exact
		// two-sided
		// p = 0.041259765625 (scipy.stats.wilcoxon(x).pvalue, and the published 0.0413).
		// Hodges-Lehmann estimate and exact 95% interval computed independently in Python
		// from the
		// exact null distribution of the signed-rank statistic (the k-th smallest and
		// largest of
		// the 120 pairwise averages, k = 26): estimate 25.0, interval [4.0, 41.5].
		double[] x = { 6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75 };
		assertThat(TreatmentInsights.pValue(x, 0)).isCloseTo(0.041259765625, within(1e-12));
		Interval hl = TreatmentInsights.relief(x);
		// pain never changes by more than 10 points, so the interval is cut at 10: use a
		// scaled copy
		double[] scaled = java.util.Arrays.stream(x).map((v) -> v / 10).toArray();
		Interval scaledHl = TreatmentInsights.relief(scaled);
		assertThat(scaledHl.estimate()).isCloseTo(2.5, within(CLOSE));
		assertThat(scaledHl.lower()).isCloseTo(0.4, within(CLOSE));
		assertThat(scaledHl.upper()).isCloseTo(4.15, within(CLOSE));
		assertThat(hl.estimate()).isCloseTo(25.0, within(CLOSE));
	}

	@Test
	void wilcoxonIntervalsMatchTheExactOrderStatistics() {
		// Same independent Python computation: [1..6] -> estimate 3.5, interval [1, 6], p
		// = 2/64;
		// [0.5, -1.5, 2, 3.5, 4, 6, 7.5] -> estimate 3.125, interval [0.25, 6], p =
		// 0.046875
		// (scipy.stats.wilcoxon agrees on both p-values).
		double[] six = { 1, 2, 3, 4, 5, 6 };
		assertThat(TreatmentInsights.relief(six)).isEqualTo(new Interval(3.5, 1, 6));
		assertThat(TreatmentInsights.pValue(six, 0)).isCloseTo(0.03125, within(CLOSE));
		double[] seven = { 0.5, -1.5, 2, 3.5, 4, 6, 7.5 };
		assertThat(TreatmentInsights.relief(seven)).isEqualTo(new Interval(3.125, 0.25, 6));
		assertThat(TreatmentInsights.pValue(seven, 0)).isCloseTo(0.046875, within(CLOSE));
	}

	@Test
	void wilcoxonWithTiesAndZerosUsesTheNormalApproximation() {
		// Integer pain changes with ties and a zero: the zero is dropped and the
		// tie-corrected
		// normal approximation is used. scipy.stats.wilcoxon(t, method='approx',
		// correction=False)
		// -> 0.014363814855532255; with correction=True -> 0.01692533300395737.
		double[] t = { 2, 3, 1, 0, 2, 4, 3, -1, 2, 1 };
		assertThat(TreatmentInsights.pValue(t, 0)).isCloseTo(0.015837588006622685, within(1e-12));
	}

	private static double fisher(DayCounts counts) {
		return org.apache.commons.statistics.inference.FisherExactTest.withDefaults().test(counts.table()).getPValue();
	}

}
