package org.backstop.core.insight;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Simulated diaries with a known truth: a planted trigger the analysis must find, and
 * pure noise in which it must report findings no more often than its stated 5%
 * false-discovery rate allows. Every simulation is seeded, so a failure can be replayed.
 */
class TriggerSimulationTest {

	private static final int RUNS = 200;

	@Test
	void aPlantedSameDayTriggerIsFound() {
		// 120 days, the factor on half of them, a spasm on 60% of days with it and 15%
		// without:
		// the test has well over 95% power here, so nearly every diary should show it
		int found = 0;
		for (long seed = 0; seed < RUNS; seed++) {
			List<TriggerInsight> insights = TriggerInsights
				.analyse(Diaries.simulated(seed, 120, 6, 0.6, 0.15, Lag.SAME_DAY));
			if (supported(insights, "f0", Lag.SAME_DAY)) {
				found++;
			}
		}
		assertThat(found).as("diaries in which the planted trigger was found").isGreaterThanOrEqualTo(RUNS * 95 / 100);
	}

	@Test
	void aPlantedDelayedTriggerIsFoundAtThePreviousDayLag() {
		int found = 0;
		for (long seed = 0; seed < RUNS; seed++) {
			List<TriggerInsight> insights = TriggerInsights
				.analyse(Diaries.simulated(1000 + seed, 120, 6, 0.6, 0.15, Lag.PREVIOUS_DAY));
			if (supported(insights, "f0", Lag.PREVIOUS_DAY)) {
				found++;
			}
		}
		assertThat(found).isGreaterThanOrEqualTo(RUNS * 95 / 100);
	}

	@Test
	void withAPlantedTriggerTheShareOfFalseFindingsStaysNearFivePercent() {
		// Five factors unrelated to spasms beside the planted one, at two lags each: 11
		// of the 12
		// comparisons have no true difference (the planted factor's previous-day lag
		// among them,
		// as it is drawn afresh each day). Benjamini-Hochberg keeps the false-discovery
		// rate, the
		// expected share of false findings among a diary's findings, at or under 11/12 of
		// 5%.
		// Over 200 diaries that share has a standard error of about 1%, so 7% is about
		// two above.
		double sumOfShares = 0;
		for (long seed = 0; seed < RUNS; seed++) {
			int findings = 0;
			int falseFindings = 0;
			for (TriggerInsight insight : TriggerInsights
				.analyse(Diaries.simulated(2000 + seed, 120, 6, 0.6, 0.15, Lag.SAME_DAY))) {
				if (insight instanceof TriggerInsight.Measured measured && measured.supported()) {
					findings++;
					boolean planted = measured.factor().equals("f0") && measured.lag() == Lag.SAME_DAY;
					falseFindings += planted ? 0 : 1;
				}
			}
			sumOfShares += (findings == 0) ? 0 : (double) falseFindings / findings;
		}
		assertThat(sumOfShares / RUNS).as("false-discovery rate").isLessThan(0.07);
	}

	@Test
	void pureNoiseIsFlaggedNoMoreOftenThanTheStatedRate() {
		// nothing planted: 120 days, 10 factors, a spasm on 30% of days whatever the
		// factors.
		// With no true finding at all, the false-discovery rate is the chance of any
		// finding in a
		// diary, which Benjamini-Hochberg holds at 5%; Fisher's test is conservative, so
		// the real
		// rate is lower. 5% of 200 diaries is 10; 16 is about two standard errors above.
		int diariesWithAFinding = 0;
		int comparisons = 0;
		for (long seed = 0; seed < RUNS; seed++) {
			List<TriggerInsight> insights = TriggerInsights
				.analyse(Diaries.simulated(3000 + seed, 120, 10, 0.3, 0.3, Lag.SAME_DAY));
			comparisons += insights.size();
			if (insights.stream().anyMatch((i) -> i instanceof TriggerInsight.Measured m && m.supported())) {
				diariesWithAFinding++;
			}
		}
		assertThat(comparisons).isEqualTo(RUNS * 20);
		assertThat(diariesWithAFinding).as("noise diaries with a supported finding").isLessThanOrEqualTo(16);
	}

	@Test
	void withoutFalseDiscoveryControlNoiseWouldBeFlaggedFarMoreOften() {
		// The same noise diaries read at p < 0.05 without the control: the control is
		// what keeps the rate down, and the noise test above could fail.
		int diariesWithANominalFinding = 0;
		for (long seed = 0; seed < RUNS; seed++) {
			List<TriggerInsight> insights = TriggerInsights
				.analyse(Diaries.simulated(3000 + seed, 120, 10, 0.3, 0.3, Lag.SAME_DAY));
			if (insights.stream().anyMatch((i) -> i instanceof TriggerInsight.Measured m && m.pValue() < 0.05)) {
				diariesWithANominalFinding++;
			}
		}
		assertThat(diariesWithANominalFinding).isGreaterThan(40);
	}

	private static boolean supported(List<TriggerInsight> insights, String factor, Lag lag) {
		return insights.stream()
			.anyMatch((i) -> i.factor().equals(factor) && i.lag() == lag && i instanceof TriggerInsight.Measured m
					&& m.supported() && m.riskRatio().lower() > 1);
	}

}
