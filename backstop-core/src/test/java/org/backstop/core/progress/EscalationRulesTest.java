package org.backstop.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backstop.core.knowledge.Source.ACP2017;
import static org.backstop.core.knowledge.Source.CKS_LOW_BACK_PAIN;
import static org.backstop.core.knowledge.Source.GIRFT2023;
import static org.backstop.core.knowledge.Source.GREENHALGH2018;
import static org.backstop.core.knowledge.Source.NG59;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.backstop.core.AssessmentEngine;
import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.problem.Checked;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.problem.Violation;
import org.backstop.core.questionnaire.Instrument;
import org.backstop.core.questionnaire.Instruments;
import org.backstop.core.testing.Person;
import org.backstop.core.triage.TriageLevel;

/**
 * The escalation rules applied to a diary, rule by rule. The person was assessed on day 0
 * with two days of moderate low back pain and nothing else, and began self-care that day.
 */
class EscalationRulesTest {

	private static final LocalDate DAY_0 = LocalDate.of(2026, 3, 2);

	private static LocalDate day(int n) {
		return DAY_0.plusDays(n);
	}

	/** Builds a diary for one test, naming only what matters to it. */
	private static final class DiaryOf {

		private Instrument instrument = Instruments.NRS;

		private final List<DatedScore> scores = new ArrayList<>();

		private final List<LoggedSymptom> symptoms = new ArrayList<>();

		private AssessmentInput assessment = Person.adult().pain(6).days(2).build();

		private LocalDate selfCareSince = DAY_0;

		DiaryOf instrument(Instrument instrument) {
			this.instrument = instrument;
			return this;
		}

		DiaryOf score(int day, double value) {
			this.scores.add(new DatedScore(day(day), value));
			return this;
		}

		DiaryOf logged(int day, Symptom symptom) {
			this.symptoms.add(LoggedSymptom.present(day(day), symptom));
			return this;
		}

		DiaryOf notSure(int day, Symptom symptom) {
			this.symptoms.add(LoggedSymptom.notSure(day(day), symptom));
			return this;
		}

		DiaryOf assessed(Person person) {
			this.assessment = person.build();
			return this;
		}

		DiaryOf selfCareSince(int day) {
			this.selfCareSince = day(day);
			return this;
		}

		Diary diary() {
			return new Diary(this.instrument, this.scores, this.selfCareSince, this.assessment, DAY_0, this.symptoms);
		}

		List<Escalation> reviewedOn(int today) {
			Checked<List<Escalation>> review = EscalationRules.review(diary(), day(today));
			assertThat(review.violations()).isEmpty();
			return review.value();
		}

	}

	private static DiaryOf diary() {
		return new DiaryOf();
	}

	private static List<String> reasons(List<Escalation> escalations) {
		return escalations.stream().map(Escalation::reason).toList();
	}

	@Nested
	class NoMeaningfulImprovementAfterTheSelfCarePeriod {

		@Test
		void doesNotEscalateBeforeFourWeeks() {
			assertThat(diary().score(0, 6).score(27, 5).reviewedOn(27)).isEmpty();
		}

		@Test
		void escalatesToAConsultationOnTheDayFourWeeksAreUp() {
			List<Escalation> escalations = diary().score(0, 6).score(27, 5).reviewedOn(28);
			assertThat(escalations).singleElement().satisfies((e) -> {
				assertThat(e.reason()).isEqualTo(Escalation.SELF_CARE_NOT_WORKING);
				assertThat(e.level()).isEqualTo(TriageLevel.CONSULTATION);
				assertThat(e.sources()).containsExactly(ACP2017, NG59);
				assertThat(e.sourceText()).isEqualTo("ACP 2017; NICE NG59");
				assertThat(e.triageRule()).isNull();
				assertThat(e.text()).contains("4 weeks").contains("2 points").contains("Book an appointment");
			});
		}

		@Test
		void anImprovementOfExactlyTheMeaningfulChangeIsEnough() {
			assertThat(diary().score(0, 6).score(27, 4).reviewedOn(28)).isEmpty();
		}

		@Test
		void oneStepShortOfTheMeaningfulChangeIsNot() {
			assertThat(reasons(diary().score(0, 6).score(27, 5).reviewedOn(40)))
				.containsExactly(Escalation.SELF_CARE_NOT_WORKING);
		}

		@Test
		void judgesThePegByItsOwnMeaningfulChange() {
			// From 6 the PEG needs 1.8 lower: 4 1/3 is not enough, 4 is.
			assertThat(reasons(diary().instrument(Instruments.PEG).score(0, 6).score(27, 13.0 / 3).reviewedOn(28)))
				.containsExactly(Escalation.SELF_CARE_NOT_WORKING);
			assertThat(diary().instrument(Instruments.PEG).score(0, 6).score(27, 4).reviewedOn(28)).isEmpty();
		}

		@Test
		void countsFromTheDaySelfCareBeganAndIgnoresScoresBeforeIt() {
			// A 9 before self-care began would make 6 -> 5 look like an improvement.
			DiaryOf diary = diary().selfCareSince(2).score(0, 9).score(2, 6).score(29, 5);
			assertThat(diary.reviewedOn(29)).isEmpty();
			assertThat(reasons(diary.reviewedOn(30))).containsExactly(Escalation.SELF_CARE_NOT_WORKING);
		}

	}

	@Nested
	class MissingScores {

		@Test
		void tooFewScoresAfterTheSelfCarePeriodAreReadAsNotImproving() {
			List<Escalation> escalations = diary().score(3, 6).reviewedOn(28);
			assertThat(escalations).singleElement().satisfies((e) -> {
				assertThat(e.reason()).isEqualTo(Escalation.PROGRESS_UNKNOWN);
				assertThat(e.level()).isEqualTo(TriageLevel.CONSULTATION);
				assertThat(e.sources()).containsExactly(ACP2017, NG59);
			});
			assertThat(reasons(diary().reviewedOn(28))).containsExactly(Escalation.PROGRESS_UNKNOWN);
		}

		@Test
		void tooFewScoresWithinTheSelfCarePeriodSayNothingYet() {
			assertThat(diary().score(3, 6).reviewedOn(27)).isEmpty();
			assertThat(diary().reviewedOn(0)).isEmpty();
		}

	}

	@Nested
	class Worsening {

		@Test
		void aRiseOfExactlyTheMeaningfulChangeEscalatesWithoutWaitingForFourWeeks() {
			List<Escalation> escalations = diary().score(0, 4).score(10, 6).reviewedOn(10);
			assertThat(escalations).singleElement().satisfies((e) -> {
				assertThat(e.reason()).isEqualTo(Escalation.WORSENING);
				assertThat(e.level()).isEqualTo(TriageLevel.CONSULTATION);
				assertThat(e.sources()).containsExactly(NG59, CKS_LOW_BACK_PAIN);
				assertThat(e.text()).contains("from 4 on 2026-03-02 to 6 on 2026-03-12");
			});
		}

		@Test
		void aRiseOfOnePointIsNotWorsening() {
			assertThat(diary().score(0, 4).score(10, 5).reviewedOn(10)).isEmpty();
		}

		@Test
		void countsOnlyAfterTheFirstWeekOfPain() {
			// The pain began two days before day 0: day 5 is its seventh day, day 6 its
			// eighth.
			assertThat(diary().score(0, 4).score(5, 8).reviewedOn(5)).isEmpty();
			assertThat(reasons(diary().score(0, 4).score(6, 8).reviewedOn(6))).containsExactly(Escalation.WORSENING);
		}

		@Test
		void worseAfterFourWeeksIsReportedAsWorseningOnly() {
			assertThat(reasons(diary().score(0, 4).score(30, 7).reviewedOn(30))).containsExactly(Escalation.WORSENING);
		}

		@Test
		void aBadDayInBetweenDoesNotCountWhenTheLatestScoreHasSettled() {
			assertThat(diary().score(0, 4).score(9, 8).score(12, 4).reviewedOn(12)).isEmpty();
		}

	}

	@Nested
	class NewWarningSigns {

		@Test
		void aWarningSignLoggedRunsTheTriageAgainAtOnce() {
			List<Escalation> escalations = diary().logged(3, Symptom.SADDLE_NUMBNESS).reviewedOn(3);
			assertThat(escalations).singleElement().satisfies((e) -> {
				assertThat(e.reason()).isEqualTo(Escalation.NEW_WARNING_SIGN);
				assertThat(e.level()).isEqualTo(TriageLevel.EMERGENCY);
				assertThat(e.triageRule()).isEqualTo("cauda_equina_suspected");
				assertThat(e.sources()).containsExactly(GREENHALGH2018, GIRFT2023);
				assertThat(e.text()).startsWith("You noted saddle numbness in your diary")
					.contains("go to an emergency department now");
			});
		}

		@Test
		void usesTheSameEngineAsAnAssessment() {
			for (Symptom symptom : Symptom.values()) {
				AssessmentInput withIt = Person.adult().pain(6).days(5).with(symptom).build();
				TriageLevel assessed = AssessmentEngine.assess(withIt).triage().level();
				List<Escalation> escalations = diary().logged(3, symptom).reviewedOn(3);
				TriageLevel escalated = escalations.isEmpty() ? TriageLevel.SELF_CARE : escalations.get(0).level();
				assertThat(escalated).as(symptom.code()).isEqualTo(assessed);
			}
		}

		@Test
		void aSignThePersonIsNotSureOfIsReadTheCautiousWay() {
			assertThat(diary().notSure(3, Symptom.SADDLE_NUMBNESS).reviewedOn(3)).singleElement().satisfies((e) -> {
				assertThat(e.level()).isEqualTo(TriageLevel.EMERGENCY);
				assertThat(e.text()).startsWith("You noted perhaps saddle numbness");
			});
		}

		@Test
		void aSymptomThatLeavesSelfCareSafeDoesNotEscalate() {
			assertThat(diary().logged(3, Symptom.LEG_NUMBNESS).reviewedOn(3)).isEmpty();
		}

		@Test
		void aSignLoggedBeforeTheLastAssessmentIsNotNew() {
			assertThat(diary().logged(-1, Symptom.SADDLE_NUMBNESS).reviewedOn(3)).isEmpty();
		}

		@Test
		void aSignTheLastAssessmentAlreadyHadIsNotNew() {
			assertThat(diary().assessed(Person.adult().pain(6).days(2).with(Symptom.FEVER))
				.logged(3, Symptom.FEVER)
				.reviewedOn(3)).isEmpty();
		}

		@Test
		void readsTheLastAssessmentBroughtUpToToday() {
			// Leg numbness is self-care for four weeks and a consultation after (CKS
			// Sciatica). Assessed with two days of pain on day 0: on day 26 the pain has
			// lasted 28 days, on day 27 it has lasted 29.
			assertThat(diary().logged(26, Symptom.LEG_NUMBNESS).reviewedOn(26)).isEmpty();
			assertThat(diary().logged(26, Symptom.LEG_NUMBNESS).reviewedOn(27)).singleElement().satisfies((e) -> {
				assertThat(e.level()).isEqualTo(TriageLevel.CONSULTATION);
				assertThat(e.triageRule()).isEqualTo("sciatica_not_settling");
			});
		}

		@Test
		void listsTheMostUrgentFirst() {
			List<Escalation> escalations = diary().score(0, 6)
				.score(27, 6)
				.logged(28, Symptom.CHEST_PAIN)
				.reviewedOn(28);
			assertThat(reasons(escalations)).containsExactly(Escalation.NEW_WARNING_SIGN,
					Escalation.SELF_CARE_NOT_WORKING);
			assertThat(escalations.get(0).level().isMoreUrgentThan(escalations.get(1).level())).isTrue();
		}

	}

	@Test
	void theSameDiaryOnTheSameDayAlwaysGivesTheSameEscalations() {
		DiaryOf diary = diary().score(0, 4).score(12, 6).logged(12, Symptom.FEVER);
		assertThat(diary.reviewedOn(30)).isEqualTo(diary.reviewedOn(30));
	}

	@Test
	void namesEveryProblemWithTheDiary() {
		List<LoggedSymptom> symptoms = new ArrayList<>();
		symptoms.add(new LoggedSymptom(day(9), null, false));
		symptoms.add(null);
		Diary diary = new Diary(Instruments.START_BACK, List.of(new DatedScore(day(9), 3)), null, null, day(9),
				symptoms);
		assertThat(EscalationRules.review(diary, day(5)).violations()).extracting(Violation::field)
			.containsExactly("instrument", "scores[0].date", "selfCareSince", "lastAssessedOn", "lastAssessment",
					"loggedSymptoms[0].date", "loggedSymptoms[0].symptom", "loggedSymptoms[1]");
		assertThat(EscalationRules.review(null, null).violations()).extracting(Violation::field)
			.containsExactly("today", "diary");
	}

}
