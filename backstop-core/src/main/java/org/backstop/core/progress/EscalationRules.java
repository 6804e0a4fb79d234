package org.backstop.core.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.AssessmentInput.NotSure;
import org.backstop.core.assessment.AssessmentInput.Pain;
import org.backstop.core.problem.Checked;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.problem.Violation;
import org.backstop.core.triage.TriageLevel;
import org.backstop.core.triage.TriageReason;
import org.backstop.core.triage.TriageResult;

/**
 * The escalation rules of the clinical reference, applied to a diary: a warning sign
 * logged since the last assessment (the triage runs again at once), a score worse by at
 * least the meaningful change, and no change that matters once the self-care period is
 * over. Deterministic: the same diary and day always give the same escalations.
 */
public final class EscalationRules {

	/**
	 * A spasm's first week often has bad days; worsening counts after it, as in the
	 * triage's {@code pain_getting_worse} rule (REFERENCE 1.13; NG59; CKS).
	 */
	static final int FIRST_WEEK_DAYS = 7;

	private EscalationRules() {
	}

	/**
	 * Every escalation the diary calls for on {@code today}, most urgent first; empty
	 * when self-care may go on. Or every problem with the diary, each named by its field.
	 */
	public static Checked<List<Escalation>> review(Diary diary, LocalDate today) {
		List<Violation> problems = check(diary, today);
		if (!problems.isEmpty()) {
			return Checked.invalid(problems);
		}
		List<Escalation> found = new ArrayList<>();
		newWarningSign(diary, today).ifPresent(found::add);
		List<DatedScore> sinceSelfCare = diary.scores()
			.stream()
			.filter((score) -> !score.date().isBefore(diary.selfCareSince()))
			.toList();
		Trend trend = Progress.trend(diary.instrument(), sinceSelfCare);
		worsening(diary, trend).ifPresent(found::add);
		selfCareNotWorking(diary, trend, today).ifPresent(found::add);
		found.sort(Comparator.comparing(Escalation::level));
		return Checked.valid(List.copyOf(found));
	}

	/**
	 * Warning signs logged on or after the day of the last assessment that it did not
	 * already hold: the last assessment, brought up to today, is triaged again with them,
	 * and a rule that fires only because of them escalates at its level.
	 */
	static Optional<Escalation> newWarningSign(Diary diary, LocalDate today) {
		AssessmentInput last = diary.lastAssessment();
		Set<Symptom> present = EnumSet.noneOf(Symptom.class);
		Set<Symptom> notSure = EnumSet.noneOf(Symptom.class);
		for (LoggedSymptom logged : diary.loggedSymptoms()) {
			if (logged.date().isBefore(diary.lastAssessedOn()) || last.has(logged.symptom())) {
				continue;
			}
			if (logged.notSure()) {
				if (!last.notSure().symptoms().contains(logged.symptom())) {
					notSure.add(logged.symptom());
				}
			}
			else {
				present.add(logged.symptom());
			}
		}
		notSure.removeAll(present);
		if (present.isEmpty() && notSure.isEmpty()) {
			return Optional.empty();
		}
		AssessmentInput now = broughtUpTo(last, (int) ChronoUnit.DAYS.between(diary.lastAssessedOn(), today));
		TriageResult before = Retriage.triage(now);
		TriageResult after = Retriage.triage(withSymptoms(now, present, notSure));
		Set<String> firedBefore = before.reasons().stream().map(TriageReason::code).collect(Collectors.toSet());
		return after.reasons()
			.stream()
			.filter((reason) -> reason.level() != TriageLevel.SELF_CARE && !firedBefore.contains(reason.code()))
			.findFirst()
			.map((reason) -> new Escalation(reason.level(), Escalation.NEW_WARNING_SIGN, Retriage.sourcesOf(reason
				.code()), "You noted " + names(present, notSure)
						+ " in your diary, which can be a warning sign. Backstop checked again with the answers of your last assessment: "
						+ reason.level().headline().toLowerCase(Locale.ROOT) + ". " + reason.text(),
					reason.code()));
	}

	/** A score worse by at least the meaningful change, after the first week of pain. */
	static Optional<Escalation> worsening(Diary diary, Trend trend) {
		if (trend.judgement() != Judgement.WORSE) {
			return Optional.empty();
		}
		LocalDate painBegan = diary.lastAssessedOn().minusDays(diary.lastAssessment().pain().durationDays());
		if (ChronoUnit.DAYS.between(painBegan, trend.latest().date()) <= FIRST_WEEK_DAYS) {
			return Optional.empty();
		}
		return Optional.of(new Escalation(TriageLevel.CONSULTATION, Escalation.WORSENING,
				Retriage.sourcesOf("pain_getting_worse"),
				"Your " + diary.instrument().name() + " score went from " + number(trend.first().value()) + " on "
						+ trend.first().date() + " to " + number(trend.latest().value()) + " on "
						+ trend.latest().date() + ": worse by at least the " + number(trend.meaningfulChange())
						+ " points that matter. Back pain that keeps getting worse after the first week is not the usual course of a spasm. Book an appointment with a doctor or physiotherapist.",
				null));
	}

	/**
	 * The self-care period is over and the score has not changed by a meaningful amount,
	 * or the diary has too few scores to tell: read the cautious way, as not improving.
	 */
	static Optional<Escalation> selfCareNotWorking(Diary diary, Trend trend, LocalDate today) {
		long days = ChronoUnit.DAYS.between(diary.selfCareSince(), today);
		if (days < Retriage.SELF_CARE_DAYS) {
			return Optional.empty();
		}
		String since = "You have looked after your back yourself for " + (days / 7) + " weeks";
		if (trend.judgement() == Judgement.NO_MEANINGFUL_CHANGE) {
			return Optional.of(new Escalation(TriageLevel.CONSULTATION, Escalation.SELF_CARE_NOT_WORKING,
					Retriage.sourcesOf("self_care_not_working"),
					since + ", and your " + diary.instrument().name() + " score has not changed by the "
							+ number(trend.meaningfulChange())
							+ " points that matter. When self-care has not helped after four weeks, a doctor or physiotherapist can check the cause and offer other treatment. Book an appointment.",
					null));
		}
		if (trend.judgement() == Judgement.NOT_ENOUGH_YET) {
			return Optional.of(new Escalation(TriageLevel.CONSULTATION, Escalation.PROGRESS_UNKNOWN,
					Retriage.sourcesOf("self_care_not_working"),
					since + ", and your diary has too few " + diary.instrument().name()
							+ " scores to show whether it is getting better. If it is not clearly better, book an appointment with a doctor or physiotherapist. A score every few days lets Backstop tell.",
					null));
		}
		return Optional.empty();
	}

	/**
	 * The last assessment as it stands {@code days} later: the pain, the leg symptoms and
	 * a pregnancy have lasted that much longer.
	 */
	static AssessmentInput broughtUpTo(AssessmentInput last, int days) {
		Pain pain = last.pain();
		Pain now = new Pain(pain.intensity(), pain.region(), pain.onset(), pain.durationDays() + days,
				pain.spasmsPerWeek(), pain.radiation(),
				(pain.legSymptomsDays() != null) ? pain.legSymptomsDays() + days : null, pain.worseAtNightOrRest(),
				pain.trauma());
		Integer weeks = (last.pregnancyWeeks() != null)
				? Math.min(last.pregnancyWeeks() + days / 7, AssessmentInput.LATEST_PREGNANCY_WEEK) : null;
		return new AssessmentInput(last.age(), last.sex(), last.pregnant(), weeks, now, last.function(),
				last.symptoms(), last.history(), last.selfCare(), last.preferences(), last.notSure());
	}

	private static AssessmentInput withSymptoms(AssessmentInput in, Set<Symptom> present, Set<Symptom> notSure) {
		Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
		symptoms.addAll(in.symptoms());
		symptoms.addAll(present);
		Set<Symptom> unsure = EnumSet.noneOf(Symptom.class);
		unsure.addAll(in.notSure().symptoms());
		unsure.addAll(notSure);
		unsure.removeAll(symptoms);
		return new AssessmentInput(in.age(), in.sex(), in.pregnant(), in.pregnancyWeeks(), in.pain(), in.function(),
				symptoms, in.history(), in.selfCare(), in.preferences(),
				new NotSure(in.notSure().questions(), unsure, in.notSure().history()));
	}

	private static String names(Set<Symptom> present, Set<Symptom> notSure) {
		List<String> names = new ArrayList<>();
		present.forEach((symptom) -> names.add(symptom.code().replace('_', ' ')));
		notSure.forEach((symptom) -> names.add("perhaps " + symptom.code().replace('_', ' ')));
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	private static List<Violation> check(Diary diary, LocalDate today) {
		List<Violation> problems = new ArrayList<>();
		if (today == null) {
			problems.add(Violation.of("today", "missing", "missing"));
		}
		if (diary == null) {
			problems.add(Violation.of("diary", "missing", "missing"));
			return problems;
		}
		problems.addAll(Progress.check(diary.instrument(), diary.scores(), "scores"));
		if (diary.scores() != null) {
			for (int i = 0; i < diary.scores().size(); i++) {
				DatedScore score = diary.scores().get(i);
				if (score != null) {
					notAfter(score.date(), today, "scores[" + i + "].date", problems, false);
				}
			}
		}
		notAfter(diary.selfCareSince(), today, "selfCareSince", problems, true);
		notAfter(diary.lastAssessedOn(), today, "lastAssessedOn", problems, true);
		if (diary.lastAssessment() == null) {
			problems.add(Violation.of("lastAssessment", "last_assessment.missing",
					"missing; warning signs in the diary are read together with the last assessment"));
		}
		if (diary.loggedSymptoms() == null) {
			problems.add(Violation.of("loggedSymptoms", "logged_symptoms.missing",
					"missing; give a list, empty if none were logged"));
		}
		else {
			for (int i = 0; i < diary.loggedSymptoms().size(); i++) {
				LoggedSymptom logged = diary.loggedSymptoms().get(i);
				String at = "loggedSymptoms[" + i + "]";
				if (logged == null) {
					problems.add(Violation.of(at, "missing", "missing"));
					continue;
				}
				notAfter(logged.date(), today, at + ".date", problems, true);
				if (logged.symptom() == null) {
					problems.add(Violation.of(at + ".symptom", "missing", "missing"));
				}
			}
		}
		return problems;
	}

	/** A day that must not be after today; a missing one is reported when required. */
	private static void notAfter(LocalDate day, LocalDate today, String field, List<Violation> problems,
			boolean required) {
		if (day == null) {
			if (required) {
				problems.add(Violation.of(field, "missing", "missing"));
			}
		}
		else if (today != null && day.isAfter(today)) {
			problems.add(Violation.of(field, "day.after_today",
					"is after today ({0}); a diary holds only days that have come", today.toString()));
		}
	}

}
