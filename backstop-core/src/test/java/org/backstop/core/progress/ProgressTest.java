package org.backstop.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.backstop.core.problem.Violation;
import org.backstop.core.questionnaire.Instrument;
import org.backstop.core.questionnaire.Instruments;

/**
 * The trend of dated scores: first against latest, the least-squares slope per week, and
 * a judgement only once there are two days of scores.
 */
class ProgressTest {

	private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	private static DatedScore on(int day, double value) {
		return new DatedScore(MONDAY.plusDays(day), value);
	}

	private static Trend trend(Instrument instrument, DatedScore... scores) {
		return Progress.of(instrument, List.of(scores)).value();
	}

	@Test
	void noScoresIsNotEnoughYetAndAsksForTwoDays() {
		Trend trend = trend(Instruments.NRS);
		assertThat(trend.judgement()).isEqualTo(Judgement.NOT_ENOUGH_YET);
		assertThat(trend.moreDaysNeeded()).isEqualTo(2);
		assertThat(trend.first()).isNull();
		assertThat(trend.summary()).isEqualTo("Not enough yet: give a score on 2 more days to see a trend.");
	}

	@Test
	void oneScoreOrSeveralOnOneDayIsNotEnoughYet() {
		assertThat(trend(Instruments.NRS, on(0, 7)).judgement()).isEqualTo(Judgement.NOT_ENOUGH_YET);
		Trend sameDay = trend(Instruments.NRS, on(3, 7), on(3, 2));
		assertThat(sameDay.judgement()).isEqualTo(Judgement.NOT_ENOUGH_YET);
		assertThat(sameDay.moreDaysNeeded()).isEqualTo(1);
		assertThat(sameDay.change()).isNull();
		assertThat(sameDay.slopePerWeek()).isNull();
		assertThat(sameDay.summary()).isEqualTo("Not enough yet: give a score on 1 more day to see a trend.");
	}

	@Test
	void twoDaysGiveAJudgement() {
		Trend trend = trend(Instruments.NRS, on(0, 7), on(1, 7));
		assertThat(trend.judgement()).isEqualTo(Judgement.NO_MEANINGFUL_CHANGE);
		assertThat(trend.moreDaysNeeded()).isZero();
	}

	@Test
	void aDropOfExactlyTheMeaningfulChangeIsAnImprovement() {
		assertThat(trend(Instruments.NRS, on(0, 7), on(14, 5)).judgement()).isEqualTo(Judgement.IMPROVED);
		assertThat(trend(Instruments.NRS, on(0, 7), on(14, 6)).judgement()).isEqualTo(Judgement.NO_MEANINGFUL_CHANGE);
	}

	@Test
	void aRiseOfExactlyTheMeaningfulChangeIsWorse() {
		assertThat(trend(Instruments.NRS, on(0, 5), on(14, 7)).judgement()).isEqualTo(Judgement.WORSE);
		assertThat(trend(Instruments.NRS, on(0, 5), on(14, 6)).judgement()).isEqualTo(Judgement.NO_MEANINGFUL_CHANGE);
	}

	@Test
	void thePegJudgesThirtyPercentOfTheFirstScore() {
		// From 6, 30 % is 1.8: 4 1/3 is 1 2/3 lower (not enough), 4 is 2 lower.
		assertThat(trend(Instruments.PEG, on(0, 6), on(7, 13.0 / 3)).judgement())
			.isEqualTo(Judgement.NO_MEANINGFUL_CHANGE);
		assertThat(trend(Instruments.PEG, on(0, 6), on(7, 4)).judgement()).isEqualTo(Judgement.IMPROVED);
		// From 5, 30 % is exactly 1.5: 3.5 is not a PEG score, but the boundary holds.
		assertThat(trend(Instruments.PEG, on(0, 5), on(7, 3.5)).judgement()).isEqualTo(Judgement.IMPROVED);
	}

	@Test
	void comparesTheFirstAndLatestDayWhateverTheOrderGiven() {
		Trend trend = trend(Instruments.NRS, on(14, 4), on(0, 8), on(7, 6));
		assertThat(trend.first()).isEqualTo(on(0, 8));
		assertThat(trend.latest()).isEqualTo(on(14, 4));
		assertThat(trend.change()).isEqualTo(-4.0);
		assertThat(trend.count()).isEqualTo(3);
		assertThat(trend.summary()).isEqualTo(
				"From 8 on 2026-03-02 to 4 on 2026-03-16: better by a change that matters (a change of 2 counts).");
	}

	@Test
	void theSlopeIsTheLeastSquaresLineInPointsPerWeek() {
		// A straight fall of 2 a week.
		assertThat(trend(Instruments.NRS, on(0, 8), on(7, 6), on(14, 4)).slopePerWeek()).isCloseTo(-2.0, offset(1e-12));
		// Days 0, 7, 14 at 6, 6, 3: mean day 7, mean score 5; sum of products -21, sum of
		// squares 98; -21 / 98 per day is -1.5 per week.
		assertThat(trend(Instruments.NRS, on(0, 6), on(7, 6), on(14, 3)).slopePerWeek()).isCloseTo(-1.5, offset(1e-12));
	}

	@Test
	void aScreeningToolHasNoTrend() {
		assertThat(Progress.of(Instruments.START_BACK, List.of()).violations()).extracting(Violation::field)
			.containsExactly("instrument");
	}

	@Test
	void aScoreTheInstrumentCannotGiveIsNamed() {
		List<DatedScore> scores = new java.util.ArrayList<>(List.of(on(0, 5), on(1, 11)));
		scores.add(new DatedScore(null, 3));
		scores.add(null);
		assertThat(Progress.of(Instruments.NRS, scores).violations()).extracting(Violation::toString)
			.containsExactly("scores[1].value: must be from 0 to 10 for Pain 0-10 (numeric rating scale), not 11.0",
					"scores[2].date: missing", "scores[3]: missing");
		assertThat(Progress.of(Instruments.NRS, null).violations()).extracting(Violation::field)
			.containsExactly("scores");
	}

}
