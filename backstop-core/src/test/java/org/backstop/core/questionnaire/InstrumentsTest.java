package org.backstop.core.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/**
 * The instruments as the clinical facts (section 7) and reference (section 6) describe
 * them. Expected numbers are worked out here by hand from those sections, not read from
 * the code under test.
 */
class InstrumentsTest {

	private static Score scored(Instrument instrument, Map<String, Integer> answers) {
		Checked<Score> score = instrument.score(answers);
		assertThat(score.violations()).isEmpty();
		return score.value();
	}

	private static List<Violation> problems(Instrument instrument, Map<String, Integer> answers) {
		Checked<Score> score = instrument.score(answers);
		assertThat(score.isValid()).isFalse();
		return score.violations();
	}

	@Nested
	class PainRatingScale {

		@Test
		void isCodedWithLoinc72514_3() {
			assertThat(Instruments.NRS.code().system()).isEqualTo("http://loinc.org");
			assertThat(Instruments.NRS.code().code()).isEqualTo("72514-3");
		}

		@Test
		void scoresTheAnswerItselfAndReadsItWithTheUsualBands() {
			assertThat(scored(Instruments.NRS, Map.of("pain", 0)).band().code()).isEqualTo("none");
			assertThat(scored(Instruments.NRS, Map.of("pain", 1)).band().code()).isEqualTo("mild");
			assertThat(scored(Instruments.NRS, Map.of("pain", 3)).band().code()).isEqualTo("mild");
			assertThat(scored(Instruments.NRS, Map.of("pain", 4)).band().code()).isEqualTo("moderate");
			assertThat(scored(Instruments.NRS, Map.of("pain", 6)).band().code()).isEqualTo("moderate");
			assertThat(scored(Instruments.NRS, Map.of("pain", 7)).band().code()).isEqualTo("severe");
			assertThat(scored(Instruments.NRS, Map.of("pain", 10)).value()).isEqualTo(10.0);
		}

		@Test
		void aMeaningfulChangeIsTwoPointsAfterOstelo2008() {
			assertThat(Instruments.NRS.mcid().threshold(8)).isEqualTo(2.0);
			assertThat(Instruments.NRS.mcid().threshold(1)).isEqualTo(2.0);
			assertThat(Instruments.NRS.mcid().source()).isEqualTo(Citation.OSTELO2008);
		}

		@Test
		void rejectsAnAnswerOutOfRangeNamingTheItem() {
			assertThat(problems(Instruments.NRS, Map.of("pain", 11))).singleElement().satisfies((v) -> {
				assertThat(v.field()).isEqualTo("answers.pain");
				assertThat(v.message()).contains("0 to 10").contains("not 11");
			});
			assertThat(problems(Instruments.NRS, Map.of("pain", -1))).extracting(Violation::field)
				.containsExactly("answers.pain");
		}

		@Test
		void rejectsAnUnknownItemNamingItAndTheItemsThereAre() {
			assertThat(problems(Instruments.NRS, Map.of("pain", 3, "pian", 4))).singleElement().satisfies((v) -> {
				assertThat(v.field()).isEqualTo("answers.pian");
				assertThat(v.message()).contains("its items are pain");
			});
		}

		@Test
		void rejectsAMissingAnswer() {
			assertThat(problems(Instruments.NRS, Map.of())).extracting(Violation::field)
				.containsExactly("answers.pain");
			assertThat(problems(Instruments.NRS, null)).extracting(Violation::field).containsExactly("answers");
		}

	}

	@Nested
	class Peg {

		@Test
		void scoresTheMeanOfItsThreeItems() {
			assertThat(scored(Instruments.PEG, Map.of("pain", 3, "enjoyment", 4, "activity", 8)).value())
				.isEqualTo(5.0);
			assertThat(scored(Instruments.PEG, Map.of("pain", 1, "enjoyment", 2, "activity", 2)).value())
				.isCloseTo(5.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
		}

		@Test
		void hasNoBandsBecauseNoneArePublished() {
			assertThat(Instruments.PEG.bands()).isEmpty();
			assertThat(scored(Instruments.PEG, Map.of("pain", 9, "enjoyment", 9, "activity", 9)).band()).isNull();
		}

		@Test
		void carriesTheLoincCodesTheClinicalReferenceGivesAndSaysTheyAreUnchecked() {
			assertThat(Instruments.PEG.code().code()).isEqualTo("91147-9");
			assertThat(Instruments.PEG.code().provenance()).contains("91148-7").contains("not yet checked");
		}

		@Test
		void aMeaningfulChangeIsThirtyPercentOfTheFirstScoreButNeverBelowOneStep() {
			assertThat(Instruments.PEG.mcid().threshold(6)).isCloseTo(1.8, org.assertj.core.data.Offset.offset(1e-12));
			assertThat(Instruments.PEG.mcid().threshold(0)).isEqualTo(1.0 / 3);
			assertThat(Instruments.PEG.mcid().note()).contains("no minimal important difference is established");
		}

		@Test
		void namesEveryBadItemAtOnce() {
			Map<String, Integer> answers = new HashMap<>();
			answers.put("pain", 12);
			answers.put("activity", 5);
			answers.put("mood", 2);
			assertThat(problems(Instruments.PEG, answers)).extracting(Violation::field)
				.containsExactly("answers.pain", "answers.enjoyment", "answers.mood");
		}

	}

	@Nested
	class StartBack {

		private Map<String, Integer> answers(int q1, int q2, int q3, int q4, int q5, int q6, int q7, int q8, int q9) {
			return Map.of("q1", q1, "q2", q2, "q3", q3, "q4", q4, "q5", q5, "q6", q6, "q7", q7, "q8", q8, "q9", q9);
		}

		@Test
		void aTotalOfThreeOrLessIsLowRiskWhateverTheSubscale() {
			Score score = scored(Instruments.START_BACK, answers(0, 0, 0, 0, 1, 1, 1, 0, 0));
			assertThat(score.value()).isEqualTo(3.0);
			assertThat(score.subscores()).containsEntry("psychosocial", 3.0);
			assertThat(score.band().code()).isEqualTo("low_risk");
		}

		@Test
		void aTotalOfFourWithASubscaleOfThreeIsMediumRisk() {
			Score score = scored(Instruments.START_BACK, answers(1, 0, 0, 0, 1, 1, 1, 0, 0));
			assertThat(score.value()).isEqualTo(4.0);
			assertThat(score.band().code()).isEqualTo("medium_risk");
		}

		@Test
		void aSubscaleOfFourIsHighRisk() {
			Score score = scored(Instruments.START_BACK, answers(0, 0, 0, 0, 1, 1, 1, 1, 0));
			assertThat(score.subscores()).containsEntry("psychosocial", 4.0);
			assertThat(score.band().code()).isEqualTo("high_risk");
		}

		@Test
		void bothersomenessCountsOnlyWhenVeryMuchOrExtremely() {
			assertThat(scored(Instruments.START_BACK, answers(0, 0, 0, 0, 0, 0, 0, 0, 2)).value()).isEqualTo(0.0);
			assertThat(scored(Instruments.START_BACK, answers(0, 0, 0, 0, 0, 0, 0, 0, 3)).value()).isEqualTo(1.0);
			Score all = scored(Instruments.START_BACK, answers(1, 1, 1, 1, 1, 1, 1, 1, 4));
			assertThat(all.value()).isEqualTo(9.0);
			assertThat(all.subscores()).containsEntry("psychosocial", 5.0);
		}

		@Test
		void shipsNoWordingOnlyTopicsAndHasBackstopsOwnCodeAndNoMeaningfulChange() {
			assertThat(Instruments.START_BACK.use()).isEqualTo(Use.WORDING_NOT_SHIPPED);
			assertThat(Instruments.START_BACK.items())
				.allSatisfy((item) -> assertThat(item.text()).startsWith("topic: "));
			assertThat(Instruments.START_BACK.code().system()).isEqualTo(Code.BACKSTOP);
			assertThat(Instruments.START_BACK.mcid()).isNull();
		}

		@Test
		void rejectsAnAgreeAnswerOtherThanZeroOrOne() {
			assertThat(problems(Instruments.START_BACK, answers(2, 0, 0, 0, 0, 0, 0, 0, 5)))
				.extracting(Violation::field)
				.containsExactly("answers.q1", "answers.q9");
		}

	}

	@Nested
	class Oswestry {

		private Map<String, Integer> sections(int each, int count) {
			Map<String, Integer> answers = new HashMap<>();
			Instruments.ODI.items().stream().limit(count).forEach((item) -> answers.put(item.id(), each));
			return answers;
		}

		@Test
		void isEnteredByAClinicianAndScoredAsAPercentage() {
			assertThat(Instruments.ODI.use()).isEqualTo(Use.CLINICIAN_ENTERED);
			// 10 sections of 2: 20 / 50 = 40 %
			Score score = scored(Instruments.ODI, sections(2, 10));
			assertThat(score.value()).isEqualTo(40.0);
			assertThat(score.band().code()).isEqualTo("moderate");
		}

		@Test
		void allowsOneSectionLeftOutAndScoresOverTheRest() {
			// 9 sections of 3: 27 / 45 = 60 %
			assertThat(scored(Instruments.ODI, sections(3, 9)).value()).isEqualTo(60.0);
			assertThat(scored(Instruments.ODI, sections(3, 9)).band().code()).isEqualTo("severe");
		}

		@Test
		void rejectsTwoSectionsLeftOutNamingBoth() {
			assertThat(problems(Instruments.ODI, sections(1, 8))).extracting(Violation::field)
				.containsExactly("answers.social_life", "answers.travelling");
		}

		@Test
		void readsBandsAtFairbanksCutOffs() {
			Map<String, Integer> ten = sections(1, 10);
			assertThat(scored(Instruments.ODI, ten).value()).isEqualTo(20.0);
			assertThat(scored(Instruments.ODI, ten).band().code()).isEqualTo("minimal");
			ten.put("pain_intensity", 2);
			assertThat(scored(Instruments.ODI, ten).value()).isEqualTo(22.0);
			assertThat(scored(Instruments.ODI, ten).band().code()).isEqualTo("moderate");
			assertThat(scored(Instruments.ODI, sections(5, 10)).band().code()).isEqualTo("bed_bound");
		}

		@Test
		void aMeaningfulChangeIsTenPoints() {
			assertThat(Instruments.ODI.mcid().threshold(50)).isEqualTo(10.0);
		}

	}

	@Nested
	class RolandMorris {

		@Test
		void isATotalEnteredByAClinician() {
			assertThat(Instruments.RMDQ.use()).isEqualTo(Use.CLINICIAN_ENTERED);
			assertThat(scored(Instruments.RMDQ, Map.of("total", 2)).band().code()).isEqualTo("about_recovered");
			assertThat(scored(Instruments.RMDQ, Map.of("total", 3)).band().code()).isEqualTo("limited");
			assertThat(problems(Instruments.RMDQ, Map.of("total", 25))).extracting(Violation::field)
				.containsExactly("answers.total");
		}

		@Test
		void aMeaningfulChangeIsFivePoints() {
			assertThat(Instruments.RMDQ.mcid().threshold(12)).isEqualTo(5.0);
		}

	}

	@Test
	void onlyThePainScaleAndThePegCarryLoincCodes() {
		assertThat(Instruments.ALL.stream().filter((i) -> i.code().isLoinc()).map(Instrument::id))
			.containsExactly("nrs", "peg");
	}

	@Test
	void onlyTheFreeInstrumentsAreAnsweredByAPersonInBackstopsWords() {
		assertThat(Instruments.ALL.stream().filter((i) -> i.use() == Use.PERSON_ANSWERS).map(Instrument::id))
			.containsExactly("nrs", "peg");
	}

	@Test
	void findsEachInstrumentByItsId() {
		Instruments.ALL.forEach((instrument) -> assertThat(Instruments.byId(instrument.id())).contains(instrument));
		assertThat(Instruments.byId("promis")).isEmpty();
	}

}
