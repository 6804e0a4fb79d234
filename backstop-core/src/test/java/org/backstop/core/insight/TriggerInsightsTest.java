package org.backstop.core.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;
import static org.backstop.core.insight.Diaries.day;
import static org.backstop.core.insight.Diaries.sameDay;

class TriggerInsightsTest {

	private static final String SLEEP = "slept under 6 hours";

	@Test
	void aFactorIsComparedFromSevenDaysWithAndWithoutAndFiveSpasmDays() {
		TriggerInsight insight = only(sameDay(SLEEP, 7, 5, 7, 0), Lag.SAME_DAY);
		assertThat(insight).isInstanceOf(TriggerInsight.Measured.class);
		assertThat(insight.counts()).isEqualTo(new DayCounts(7, 5, 5, 7, 0, 0));
	}

	@Test
	void sixDaysWithTheFactorAreNotEnoughAndOneMoreIsAsked() {
		TriggerInsight insight = only(sameDay(SLEEP, 6, 5, 7, 0), Lag.SAME_DAY);
		assertThat(insight).isInstanceOf(TriggerInsight.NotEnoughData.class);
		assertThat(((TriggerInsight.NotEnoughData) insight).daysMoreNeeded()).isEqualTo(1);
		assertThat(insight.summary().code()).isEqualTo("insight.trigger.not_enough_data");
		assertThat(insight.summary().english()).contains("log at least one more day.")
			.contains("6 days with it, 7 without and 5 with a spasm");
	}

	@Test
	void sixDaysWithoutTheFactorAreNotEnoughEither() {
		TriggerInsight insight = only(sameDay(SLEEP, 7, 5, 6, 0), Lag.SAME_DAY);
		assertThat(((TriggerInsight.NotEnoughData) insight).daysMoreNeeded()).isEqualTo(1);
	}

	@Test
	void fourSpasmDaysAreNotEnough() {
		TriggerInsight insight = only(sameDay(SLEEP, 7, 4, 7, 0), Lag.SAME_DAY);
		assertThat(((TriggerInsight.NotEnoughData) insight).daysMoreNeeded()).isEqualTo(1);
	}

	@Test
	void theDaysNeededAreCountedInTheSummary() {
		TriggerInsight insight = only(sameDay(SLEEP, 2, 1, 3, 0), Lag.SAME_DAY);
		assertThat(insight.summary().english()).isEqualTo("Not enough data yet to compare days with and without"
				+ " \u201cslept under 6 hours\u201d: log at least 9 more days. So far there are 2 days with it,"
				+ " 3 without and 1 with a spasm; a fair comparison needs 7 of each and 5 with a spasm.");
		assertThat(insight.summary().arguments()).containsExactly(SLEEP, 0, 9, 2, 3, 1, 7, 5);
	}

	@Test
	void theDaysNeededAreTheFewestThatCouldMeetEveryMinimum() {
		// each new day adds to one side only, but may also be a spasm day
		assertThat(TriggerInsights.daysMoreNeeded(new DayCounts(2, 0, 0, 3, 0, 0))).isEqualTo(5 + 4);
		assertThat(TriggerInsights.daysMoreNeeded(new DayCounts(20, 0, 0, 20, 1, 1))).isEqualTo(4);
		assertThat(TriggerInsights.daysMoreNeeded(new DayCounts(6, 2, 2, 20, 0, 0))).isEqualTo(3);
		assertThat(TriggerInsights.daysMoreNeeded(new DayCounts(0, 0, 0, 0, 0, 0))).isEqualTo(14);
		assertThat(TriggerInsights.daysMoreNeeded(new DayCounts(7, 3, 3, 7, 2, 2))).isZero();
	}

	@Test
	void theMinimumIsTheFewestDaysForWhichTheExactTestCanReachFivePercent() {
		// the most extreme table the minimum allows is already below 0.05, one spasm day
		// fewer is not
		assertThat(fisher(new DayCounts(7, 5, 5, 7, 0, 0))).isLessThan(0.05);
		assertThat(fisher(new DayCounts(7, 4, 4, 7, 0, 0))).isGreaterThan(0.05);
		assertThat(fisher(new DayCounts(3, 3, 3, 3, 0, 0))).isGreaterThan(0.05);
	}

	@Test
	void aFactorNotLoggedOnADayIsLeftOutNotReadAsAbsent() {
		List<DiaryDay> diary = new ArrayList<>(sameDay(SLEEP, 8, 6, 8, 1));
		for (int i = 0; i < 10; i++) {
			// ten spasm-free days where sleep was not logged: counted as "without", they
			// would
			// make the factor look stronger than the diary shows
			diary.add(day(diary.size(), 0, SLEEP, null));
		}
		Map<String, Boolean> withNull = new HashMap<>();
		withNull.put(SLEEP, null);
		diary.add(new DiaryDay(Diaries.START.plusDays(diary.size()), 2, withNull));
		TriggerInsight insight = only(diary, Lag.SAME_DAY);
		assertThat(insight.counts()).isEqualTo(new DayCounts(8, 6, 6, 8, 1, 1));
	}

	@Test
	void thePreviousDayLagSetsYesterdaysFactorAgainstTodaysSpasm() {
		// the factor is present on even days; a spasm follows on each odd day
		List<DiaryDay> diary = new ArrayList<>();
		for (int d = 0; d < 30; d++) {
			diary.add(day(d, (d % 2 == 1) ? 1 : 0, SLEEP, d % 2 == 0));
		}
		TriggerInsight.Measured same = (TriggerInsight.Measured) only(diary, Lag.SAME_DAY);
		TriggerInsight.Measured next = (TriggerInsight.Measured) only(diary, Lag.PREVIOUS_DAY);
		assertThat(same.counts()).isEqualTo(new DayCounts(15, 0, 0, 15, 15, 15));
		// 29 pairs of days: 15 after a day with the factor (all spasm days), 14 after one
		// without
		assertThat(next.counts()).isEqualTo(new DayCounts(15, 15, 15, 14, 0, 0));
		assertThat(next.supported()).isTrue();
		assertThat(next.summary().english()).startsWith("Spasm days were about")
			.contains("on the day after a day with \u201cslept under 6 hours\u201d");
		assertThat(same.riskRatio().estimate()).isLessThan(1);
		assertThat(same.summary().code()).isEqualTo("insight.trigger.less_common.supported");
	}

	@Test
	void aDayMissingFromTheDiaryBreaksThePreviousDayPair() {
		List<DiaryDay> diary = List.of(day(0, 0, SLEEP, true), day(1, 1, SLEEP, false), day(3, 1, SLEEP, true),
				day(5, 0, SLEEP, true));
		// only day 0 -> day 1 is a pair: days 2 and 4 were not logged
		assertThat(only(diary, Lag.PREVIOUS_DAY).counts()).isEqualTo(new DayCounts(1, 1, 1, 0, 0, 0));
	}

	@Test
	void theOrderOfTheDaysDoesNotMatter() {
		List<DiaryDay> diary = Diaries.simulated(7, 60, 3, 0.6, 0.2, Lag.SAME_DAY);
		List<DiaryDay> shuffled = new ArrayList<>(diary);
		Collections.shuffle(shuffled, new java.util.Random(1));
		List<TriggerInsight> a = TriggerInsights.analyse(diary);
		List<TriggerInsight> b = TriggerInsights.analyse(shuffled);
		assertThat(b).containsExactlyInAnyOrderElementsOf(a);
	}

	@Test
	void everyFactorGetsBothLagsAndQValuesSpanAllOfThem() {
		List<DiaryDay> diary = Diaries.simulated(11, 90, 4, 0.6, 0.15, Lag.SAME_DAY);
		List<TriggerInsight> insights = TriggerInsights.analyse(diary);
		assertThat(insights).hasSize(8);
		List<TriggerInsight.Measured> measured = insights.stream().map(TriggerInsight.Measured.class::cast).toList();
		double[] q = FalseDiscovery.qValues(measured.stream().mapToDouble(TriggerInsight.Measured::pValue).toArray());
		for (int i = 0; i < q.length; i++) {
			assertThat(measured.get(i).qValue()).isCloseTo(q[i], within(1e-15));
			assertThat(measured.get(i).qValue()).isGreaterThanOrEqualTo(measured.get(i).pValue());
		}
	}

	@Test
	void aDifferenceThatCouldBeChanceIsSaidToBe() {
		// 4 of 8 against 2 of 8: risk ratio 2, Fisher p = 0.61
		TriggerInsight.Measured insight = (TriggerInsight.Measured) only(sameDay(SLEEP, 8, 4, 8, 2), Lag.SAME_DAY);
		assertThat(insight.riskRatio().estimate()).isCloseTo(2.0, within(1e-12));
		assertThat(insight.support()).isEqualTo(Support.COULD_BE_CHANCE);
		assertThat(insight.summary().code()).isEqualTo("insight.trigger.more_common.could_be_chance");
		assertThat(insight.summary().english())
			.isEqualTo("Spasm days were about 2.0 times as common on days with \u201cslept under 6 hours\u201d"
					+ " (50% of those days, against 25% otherwise; 95% interval 0.5 to 8.0 times)."
					+ " This could still be chance.");
		assertThat(insight.summary().arguments()).startsWith(SLEEP, 0);
	}

	@Test
	void aSupportedFindingSaysTheyGoTogetherNotThatOneCausesTheOther() {
		TriggerInsight.Measured insight = (TriggerInsight.Measured) only(sameDay(SLEEP, 20, 12, 25, 4), Lag.SAME_DAY);
		assertThat(insight.support()).isEqualTo(Support.SUPPORTED);
		assertThat(insight.summary().code()).isEqualTo("insight.trigger.more_common.supported");
		assertThat(insight.summary().english()).contains("about 3.8 times as common")
			.contains("60% of those days, against 16% otherwise")
			.contains("95% interval 1.4 to 9.9 times")
			.contains("supports this")
			.contains("not that one causes the other");
	}

	@Test
	void aFindingThatPassesAloneButNotAcrossEveryFactorIsOnlyAHint() {
		// p between 0.025 and 0.05 for one factor, nothing for three others: q is over
		// 0.05
		assertThat(Support.of(0.03, 0.12)).isEqualTo(Support.HINT);
		assertThat(Support.of(0.03, 0.04)).isEqualTo(Support.SUPPORTED);
		assertThat(Support.of(0.2, 0.4)).isEqualTo(Support.COULD_BE_CHANCE);
	}

	@Test
	void noSummaryUsesCausalWords() {
		for (long seed = 0; seed < 20; seed++) {
			for (TriggerInsight insight : TriggerInsights
				.analyse(Diaries.simulated(seed, 60 + (int) seed * 5, 3, 0.7, 0.1, Lag.SAME_DAY))) {
				String text = insight.summary().english().toLowerCase(java.util.Locale.ROOT);
				assertThat(text).doesNotContain("because", "triggers your", "causes your", "leads to", "proves");
				assertThat(text.replace("not that one causes the other", "")).doesNotContain("cause");
			}
		}
	}

	@Test
	void aDateTwiceIsRejectedNamingIt() {
		List<DiaryDay> diary = List.of(day(0, 0, SLEEP, true), day(0, 1, SLEEP, false));
		assertThatIllegalArgumentException().isThrownBy(() -> TriggerInsights.analyse(diary))
			.withMessage("diary: 2026-01-01 appears more than once");
	}

	@Test
	void badDaysAreRejectedNamingTheField() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DiaryDay(LocalDate.of(2026, 1, 1), -1, Map.of()))
			.withMessageStartingWith("episodes:");
		assertThatNullPointerException().isThrownBy(() -> new DiaryDay(null, 0, Map.of()))
			.withMessageStartingWith("date:");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DiaryDay(LocalDate.of(2026, 1, 1), 0, Map.of(" ", true)))
			.withMessageStartingWith("factors:");
	}

	@Test
	void aMissingDiaryOrDayIsRejectedNamingTheDiary() {
		assertThatNullPointerException().isThrownBy(() -> TriggerInsights.analyse(null))
			.withMessage("diary: is required");
		List<DiaryDay> withAHole = new ArrayList<>();
		withAHole.add(null);
		assertThatNullPointerException().isThrownBy(() -> TriggerInsights.analyse(withAHole))
			.withMessageStartingWith("diary:");
	}

	@Test
	void anEmptyDiaryHasNoInsights() {
		assertThat(TriggerInsights.analyse(List.of())).isEmpty();
	}

	private static TriggerInsight only(List<DiaryDay> diary, Lag lag) {
		return TriggerInsights.analyse(diary).stream().filter((insight) -> insight.lag() == lag).reduce((a, b) -> {
			throw new AssertionError("more than one factor");
		}).orElseThrow();
	}

	private static double fisher(DayCounts counts) {
		return org.apache.commons.statistics.inference.FisherExactTest.withDefaults().test(counts.table()).getPValue();
	}

}
