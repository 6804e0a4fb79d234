package org.backstop.core.insight;

import java.util.Arrays;

import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arrays;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

/** What must hold for any p-values, any tables and any before-and-after pain scores. */
class InsightProperties {

	@Test
	void qValuesAreAtLeastThePValuesAtMostOneAndKeepTheirOrder() {
		qt().forAll(arrays().ofClass(doubles().between(0, 1), Double.class).withLengthBetween(1, 40))
			.checkAssert((boxed) -> {
				double[] p = Arrays.stream(boxed).mapToDouble(Double::doubleValue).toArray();
				double[] q = FalseDiscovery.qValues(p);
				for (int i = 0; i < p.length; i++) {
					assertThat(q[i]).isBetween(p[i], 1.0);
					for (int j = 0; j < p.length; j++) {
						if (p[i] <= p[j]) {
							assertThat(q[i]).isLessThanOrEqualTo(q[j]);
						}
					}
				}
			});
	}

	@Test
	void theRiskRatioIntervalHoldsItsEstimateAndMatchesTheShares() {
		qt().forAll(integers().between(1, 60), integers().between(1, 60), integers().between(0, 60),
				integers().between(0, 60))
			.assuming((with, without, a, c) -> a % (with + 1) + c % (without + 1) > 0)
			.checkAssert((with, without, aRaw, cRaw) -> {
				int a = aRaw % (with + 1);
				int c = cRaw % (without + 1);
				DayCounts counts = new DayCounts(with, a, a, without, c, c);
				Interval rr = TriggerInsights.riskRatio(counts);
				assertThat(rr.lower()).isPositive().isLessThanOrEqualTo(rr.estimate());
				assertThat(rr.upper()).isGreaterThanOrEqualTo(rr.estimate()).isFinite();
				if (!TriggerInsights.haldaneCorrected(counts)) {
					assertThat(rr.estimate()).isCloseTo(counts.shareWith() / counts.shareWithout(),
							org.assertj.core.api.Assertions.within(1e-12));
				}
			});
	}

	@Test
	void theReliefIntervalHoldsItsEstimateAndAgreesWithTheTest() {
		qt().forAll(arrays().ofIntegers(integers().between(-10, 10)).withLengthBetween(TreatmentInsights.MIN_USES, 150))
			.checkAssert((boxed) -> {
				double[] relief = Arrays.stream(boxed).mapToDouble(Integer::doubleValue).toArray();
				Interval interval = TreatmentInsights.relief(relief);
				assertThat(interval.lower()).isBetween(-10.0, interval.estimate());
				assertThat(interval.upper()).isBetween(interval.estimate(), 10.0);
				double p = TreatmentInsights.pValue(relief, 0);
				// The interval is the set of shifts the test keeps: it leaves out
				// zero exactly when the test rejects zero.
				if (interval.lower() > 0 || interval.upper() < 0) {
					assertThat(p).as("p with 0 outside %s", interval).isLessThan(0.05);
				}
				if (interval.lower() < 0 && interval.upper() > 0) {
					assertThat(p).as("p with 0 inside %s", interval).isGreaterThanOrEqualTo(0.05);
				}
			});
	}

	@Test
	void shiftingEveryReliefShiftsTheEstimate() {
		qt().forAll(arrays().ofIntegers(integers().between(-4, 4)).withLengthBetween(TreatmentInsights.MIN_USES, 20),
				integers().between(-5, 5))
			.checkAssert((boxed, shift) -> {
				double[] relief = Arrays.stream(boxed).mapToDouble(Integer::doubleValue).toArray();
				double[] shifted = Arrays.stream(relief).map((r) -> r + shift).toArray();
				assertThat(TreatmentInsights.relief(shifted).estimate())
					.isEqualTo(TreatmentInsights.relief(relief).estimate() + shift);
			});
	}

	@Test
	void theCountedPairAveragesAreThePairAveragesOneByOne() {
		qt().forAll(arrays().ofIntegers(integers().between(-10, 10)).withLengthBetween(1, 40)).checkAssert((boxed) -> {
			double[] sample = Arrays.stream(boxed).mapToDouble(Integer::doubleValue).toArray();
			int n = sample.length;
			double[] oneByOne = new double[n * (n + 1) / 2];
			int k = 0;
			for (int i = 0; i < n; i++) {
				for (int j = i; j < n; j++) {
					oneByOne[k++] = (sample[i] + sample[j]) / 2;
				}
			}
			Arrays.sort(oneByOne);
			TreatmentInsights.WalshAverages counted = TreatmentInsights.WalshAverages.of(sample);
			assertThat(counted.total()).isEqualTo(oneByOne.length);
			for (int i = 0; i < oneByOne.length; i++) {
				assertThat(counted.nth(i)).isEqualTo(oneByOne[i]);
			}
			assertThat(counted.distinct()).containsExactly(Arrays.stream(oneByOne).distinct().toArray());
		});
	}

	@Test
	void bisectingFindsTheSameIntervalAsTryingEveryShift() {
		qt().forAll(arrays().ofIntegers(integers().between(-10, 10)).withLengthBetween(TreatmentInsights.MIN_USES, 150))
			.checkAssert((boxed) -> {
				double[] relief = Arrays.stream(boxed).mapToDouble(Integer::doubleValue).toArray();
				TreatmentInsights.WalshAverages walsh = TreatmentInsights.WalshAverages.of(relief);
				assertThat(TreatmentInsights.relief(relief))
					.isEqualTo(TreatmentInsights.scanned(SignedRankTest.of(relief), walsh.median(), walsh.distinct()));
			});
	}

	@Test
	void countingDistinctChangesGivesTheLibrarysSignedRankPValues() {
		qt().forAll(arrays().ofIntegers(integers().between(-10, 10)).withLengthBetween(1, 400),
				integers().between(-22, 22))
			.checkAssert((boxed, halfSteps) -> {
				double[] sample = Arrays.stream(boxed).mapToDouble(Integer::doubleValue).toArray();
				double shift = halfSteps / 2.0;
				if (Arrays.stream(sample).allMatch((v) -> v == shift)) {
					assertThat(SignedRankTest.of(sample).pValue(shift)).isEqualTo(1.0);
					return;
				}
				double library = WilcoxonSignedRankTest.withDefaults().withMu(shift).test(sample).getPValue();
				assertThat(SignedRankTest.of(sample).pValue(shift)).as("n = %d, shift %s", sample.length, shift)
					.isEqualTo(library);
			});
	}

}
