package org.backstop.core.insight;

import org.backstop.core.problem.CodedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

class TreatmentInsightsTest {

	@Test
	void fiveUsesAreNotEnoughAndOneMoreIsAsked() {
		TreatmentRanking ranking = TreatmentInsights.rank(uses("heat", 7, 4, 6, 3, 8, 5, 7, 5, 6, 4));
		assertThat(ranking.ranked()).isEmpty();
		TreatmentInsight.NotEnoughData heat = ranking.notEnoughData().get(0);
		assertThat(heat.uses()).isEqualTo(5);
		assertThat(heat.usesMoreNeeded()).isEqualTo(1);
		assertThat(heat.summary().code()).isEqualTo("insight.treatment.not_enough_data");
		assertThat(heat.summary().english())
			.isEqualTo("Not enough data yet for \u201cheat\u201d: log your pain before and"
					+ " after it one more time. So far there are 5; a fair judgement needs 6.");
	}

	@Test
	void sixUsesAreJudged() {
		TreatmentRanking ranking = TreatmentInsights.rank(uses("heat", 7, 4, 6, 3, 8, 5, 7, 5, 6, 4, 7, 3));
		assertThat(ranking.notEnoughData()).isEmpty();
		TreatmentInsight.Measured heat = ranking.ranked().get(0);
		assertThat(heat.uses()).isEqualTo(6);
		// reliefs 3, 3, 3, 2, 2, 4: the median of the 21 pairwise averages is 3 (counted
		// by hand:
		// six of them are below 2.5, five are 2.5, ten are 3 or more)
		assertThat(heat.relief().estimate()).isCloseTo(3.0, within(1e-12));
		assertThat(heat.relief().lower()).isGreaterThan(0);
		assertThat(heat.support()).isEqualTo(Support.SUPPORTED);
		assertThat(heat.summary().code()).isEqualTo("insight.treatment.less_pain.supported");
		assertThat(heat.summary().english())
			.startsWith("Pain was about 3 points lower after \u201cheat\u201d than before (6 uses;")
			.endsWith("Your diary so far supports this, though pain can also ease by itself with time.");
	}

	@Test
	void noneAndOneUseReadWell() {
		assertThat(TreatmentInsights.rank(uses("walk", 5, 3)).notEnoughData().get(0).summary().english())
			.isEqualTo("Not enough data yet for \u201cwalk\u201d: log your pain before and after it 5 more times."
					+ " So far there is one; a fair judgement needs 6.");
	}

	@Test
	void treatmentsAreRankedByEstimatedReliefAndCloseCallsAreSaid() {
		List<TreatmentUse> logged = new ArrayList<>();
		logged.addAll(uses("stretch", 6, 5, 7, 6, 5, 5, 6, 4, 7, 6, 6, 5, 5, 4));
		logged.addAll(uses("heat", 7, 3, 6, 3, 8, 4, 7, 4, 6, 2, 7, 3, 8, 5));
		logged.addAll(uses("cold", 7, 5, 6, 3, 8, 6, 7, 4, 6, 4, 7, 5, 8, 6));
		logged.addAll(uses("massage", 6, 4));
		TreatmentRanking ranking = TreatmentInsights.rank(logged);
		assertThat(ranking.ranked()).extracting(TreatmentInsight::treatment).containsExactly("heat", "cold", "stretch");
		assertThat(ranking.notEnoughData()).extracting(TreatmentInsight::treatment).containsExactly("massage");
		for (int i = 1; i < ranking.ranked().size(); i++) {
			assertThat(ranking.ranked().get(i - 1).relief().estimate())
				.isGreaterThanOrEqualTo(ranking.ranked().get(i).relief().estimate());
		}
		// heat (relief about 3.5) and cold (about 2.5) overlap; cold and stretch (about
		// 1) may not
		assertThat(ranking.closeCalls()).extracting(CodedText::code).contains("insight.treatment.overlap");
		assertThat(ranking.closeCalls().get(0).english())
			.isEqualTo("The intervals of \u201cheat\u201d and \u201ccold\u201d"
					+ " overlap: your diary cannot yet tell which of the two helps you more.");
		int expectedCloseCalls = 0;
		for (int i = 1; i < ranking.ranked().size(); i++) {
			expectedCloseCalls += ranking.ranked().get(i - 1).relief().overlaps(ranking.ranked().get(i).relief()) ? 1
					: 0;
		}
		assertThat(ranking.closeCalls()).hasSize(expectedCloseCalls);
	}

	@Test
	void aTreatmentAfterWhichPainRoseIsSaidSo() {
		TreatmentInsight.Measured insight = TreatmentInsights
			.rank(uses("bed rest", 4, 6, 5, 6, 3, 5, 4, 7, 5, 6, 4, 6, 3, 4))
			.ranked()
			.get(0);
		assertThat(insight.relief().estimate()).isLessThan(0);
		assertThat(insight.summary().code()).startsWith("insight.treatment.more_pain.");
		assertThat(insight.summary().english())
			.startsWith("Pain was about 1.5 points higher after \u201cbed rest\u201d");
	}

	@Test
	void aTreatmentThatChangedNothingHasAClosedIntervalAroundZero() {
		TreatmentInsight.Measured insight = TreatmentInsights.rank(uses("tea", 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5))
			.ranked()
			.get(0);
		assertThat(insight.relief()).isEqualTo(new Interval(0, 0, 0));
		assertThat(insight.pValue()).isEqualTo(1.0);
		assertThat(insight.summary().code()).isEqualTo("insight.treatment.no_change.could_be_chance");
	}

	@Test
	void tiesSoHeavyThatTheTestRejectsEveryShiftStillLeaveNoChangeOutsideTheInterval() {
		// 26 uses at 10, two at 0, one at 8 and one at -1: no shift reaches p >= 0.05
		double[] relief = { 10, 8, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 0, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
				10, 10, 10, 10, 10, 0, -1 };
		Interval interval = TreatmentInsights.relief(relief);
		assertThat(TreatmentInsights.pValue(relief, 0)).isLessThan(0.05);
		assertThat(interval.lower()).isGreaterThan(0).isLessThanOrEqualTo(interval.estimate());
		assertThat(interval.upper()).isEqualTo(10.0);
	}

	@Test
	void aTreatmentThatHelpsIsFoundAndOneThatDoesNotIsRarelyCalledHelpful() {
		// 12 uses each; the helpful one lowers pain by 2 points on average, with noise of
		// -2 to +2 points; the other changes pain only by the same noise
		Random random = new Random(42);
		int helpfulFound = 0;
		int uselessFlagged = 0;
		for (int run = 0; run < 200; run++) {
			List<TreatmentUse> logged = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				int before = 5 + random.nextInt(4);
				logged.add(new TreatmentUse("helps", before, before - 2 + random.nextInt(5) - 2));
				logged.add(new TreatmentUse("useless", before, before + random.nextInt(5) - 2));
			}
			for (TreatmentInsight.Measured insight : TreatmentInsights.rank(logged).ranked()) {
				boolean supported = insight.support() == Support.SUPPORTED;
				if (insight.treatment().equals("helps") && supported && insight.relief().lower() > 0) {
					helpfulFound++;
				}
				if (insight.treatment().equals("useless") && supported) {
					uselessFlagged++;
				}
			}
		}
		assertThat(helpfulFound).isGreaterThanOrEqualTo(160);
		// at most 5% by design; 16 of 200 is about two standard errors above 10
		assertThat(uselessFlagged).isLessThanOrEqualTo(16);
	}

	@Test
	void badUsesAreRejectedNamingTheField() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TreatmentUse("heat", 11, 3))
			.withMessage("painBefore: must be 0 to 10, was 11");
		assertThatIllegalArgumentException().isThrownBy(() -> new TreatmentUse("heat", 5, -1))
			.withMessage("painAfter: must be 0 to 10, was -1");
		assertThatIllegalArgumentException().isThrownBy(() -> new TreatmentUse(" ", 5, 3))
			.withMessageStartingWith("treatment:");
		assertThatNullPointerException().isThrownBy(() -> new TreatmentUse(null, 5, 3))
			.withMessageStartingWith("treatment:");
	}

	@Test
	void missingUsesAreRejectedNamingTheField() {
		assertThatNullPointerException().isThrownBy(() -> TreatmentInsights.rank(null))
			.withMessage("uses: is required");
		List<TreatmentUse> withAHole = new ArrayList<>();
		withAHole.add(null);
		assertThatNullPointerException().isThrownBy(() -> TreatmentInsights.rank(withAHole))
			.withMessageStartingWith("uses:");
	}

	@Test
	void noUsesRankNothing() {
		TreatmentRanking ranking = TreatmentInsights.rank(List.of());
		assertThat(ranking.ranked()).isEmpty();
		assertThat(ranking.notEnoughData()).isEmpty();
		assertThat(ranking.closeCalls()).isEmpty();
	}

	/** Uses of one treatment from before, after, before, after, ... */
	private static List<TreatmentUse> uses(String treatment, int... beforeAfter) {
		List<TreatmentUse> uses = new ArrayList<>();
		for (int i = 0; i < beforeAfter.length; i += 2) {
			uses.add(new TreatmentUse(treatment, beforeAfter[i], beforeAfter[i + 1]));
		}
		return uses;
	}

	@Test
	void aReliefIntervalStaysWithinTheDataWhenTiesLeaveTheTestRejectingEveryShift() {
		double[] relief = { 10, 10, 0, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10 };
		Interval interval = TreatmentInsights.relief(relief);
		org.assertj.core.api.Assertions.assertThat(interval.lower()).isBetween(0.0, interval.estimate());
		org.assertj.core.api.Assertions.assertThat(interval.upper()).isBetween(interval.estimate(), 10.0);
	}

}
