package org.backstop.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.AssessmentInput.NotSure;
import org.backstop.core.assessment.AssessmentInput.Pain;
import org.backstop.core.assessment.AssessmentInput.PhysicalFunction;
import org.backstop.core.assessment.AssessmentInput.SelfCare;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Mobility;
import org.backstop.core.assessment.NotSureAnswer;
import org.backstop.core.assessment.Onset;
import org.backstop.core.assessment.Question;
import org.backstop.core.assessment.Radiation;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.assessment.Trauma;
import org.backstop.core.triage.Triage;
import org.backstop.core.triage.TriageResult;
import org.backstop.core.triage.TriageRules;

/**
 * Reads the answers a person gave as "not sure" the cautious way: each as whichever known
 * answer gives the most urgent triage. A symptom or history code is read as present
 * (adding a code never lowers the level); every single answer is tried with each value
 * that can change a rule, and the reading with the most urgent level wins, then the one
 * with the most reasons, then the first tried. Values are tried from the least to the
 * most alarming, so a "not sure" that changes nothing is read as the ordinary answer.
 */
final class CautiousReading {

	private CautiousReading() {
	}

	/**
	 * The input as it will be assessed, with its triage and how each "not sure" was read.
	 */
	static Reading of(AssessmentInput input) {
		NotSure notSure = input.notSure();
		if (notSure.isEmpty()) {
			return new Reading(input, Triage.evaluate(input), List.of());
		}
		List<NotSureAnswer> readAs = new ArrayList<>();
		Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
		symptoms.addAll(input.symptoms());
		symptoms.addAll(notSure.symptoms());
		Set<History> history = EnumSet.noneOf(History.class);
		history.addAll(input.history());
		history.addAll(notSure.history());
		AssessmentInput codesPresent = new AssessmentInput(input.age(), input.sex(), input.pregnant(),
				input.pregnancyWeeks(), input.pain(), input.function(), symptoms, history, input.selfCare(),
				input.preferences(), NotSure.NONE);
		List<Question> questions = new ArrayList<>(notSure.questions());
		Reading best = mostUrgent(codesPresent, questions, 0, new Object[questions.size()], null);
		for (int i = 0; i < questions.size(); i++) {
			readAs.add(new NotSureAnswer(questions.get(i).code(), best.values[i]));
		}
		notSure.symptoms().forEach((s) -> readAs.add(new NotSureAnswer("symptoms." + s.code(), NotSureAnswer.PRESENT)));
		notSure.history().forEach((h) -> readAs.add(new NotSureAnswer("history." + h.code(), NotSureAnswer.PRESENT)));
		return new Reading(best.input, best.triage, List.copyOf(readAs));
	}

	private static Reading mostUrgent(AssessmentInput input, List<Question> questions, int next, Object[] values,
			Reading best) {
		if (next == questions.size()) {
			TriageResult triage = Triage.evaluate(input);
			if (best == null || isMoreCautious(triage, best.triage)) {
				return new Reading(input, triage, List.of(), values.clone());
			}
			return best;
		}
		Question question = questions.get(next);
		for (Object value : candidates(question, input)) {
			values[next] = value;
			best = mostUrgent(with(input, question, value), questions, next + 1, values, best);
		}
		return best;
	}

	private static boolean isMoreCautious(TriageResult candidate, TriageResult best) {
		if (candidate.level() != best.level()) {
			return candidate.level().isMoreUrgentThan(best.level());
		}
		// On a tie the later, more alarming value wins: the plan then leaves out what
		// that
		// answer would rule out (a possible pregnancy, for one).
		return candidate.reasons().size() >= best.reasons().size();
	}

	/**
	 * The values worth trying for a question, least alarming first: every code, both
	 * answers, and for numbers the values on each side of the rules' cut points.
	 */
	static List<Object> candidates(Question question, AssessmentInput input) {
		return switch (question) {
			case PREGNANT -> List.of(false, true);
			// A pregnancy of unknown week is read as late, the strictest reading.
			case PREGNANCY_WEEKS -> List.of(AssessmentInput.LATEST_PREGNANCY_WEEK);
			case ONSET -> List.of(Onset.GRADUAL, Onset.SUDDEN);
			case RADIATION -> List.of((Object[]) Radiation.values());
			// The leg symptoms cannot be newer than today.
			case LEG_SYMPTOMS_DAYS -> List.of(input.pain().durationDays(), 0);
			case WORSE_AT_NIGHT_OR_REST -> List.of(false, true);
			case TRAUMA -> List.of((Object[]) Trauma.values());
			case MOBILITY -> List.of((Object[]) Mobility.values());
			// Self-care cannot have gone on for longer than the pain.
			case SELF_CARE_WEEKS_TRIED -> List.of(0, Math.min(TriageRules.SELF_CARE_WEEKS, weeksOfPain(input)));
			case SELF_CARE_IMPROVING -> List.of(true, false);
		};
	}

	/** The weeks the pain has lasted, a started week counting as one. */
	static int weeksOfPain(AssessmentInput input) {
		return (input.pain().durationDays() + 6) / 7;
	}

	/** The input with one answer set. */
	static AssessmentInput with(AssessmentInput in, Question question, Object value) {
		Pain p = in.pain();
		SelfCare s = (in.selfCare() != null) ? in.selfCare() : new SelfCare(null, null);
		return switch (question) {
			case PREGNANT -> new AssessmentInput(in.age(), in.sex(), (Boolean) value,
					Boolean.TRUE.equals(value) ? in.pregnancyWeeks() : null, p, in.function(), in.symptoms(),
					in.history(), in.selfCare(), in.preferences(), in.notSure());
			case PREGNANCY_WEEKS -> new AssessmentInput(in.age(), in.sex(), in.pregnant(), (Integer) value, p,
					in.function(), in.symptoms(), in.history(), in.selfCare(), in.preferences(), in.notSure());
			case ONSET -> withPain(in, new Pain(p.intensity(), p.region(), (Onset) value, p.durationDays(),
					p.spasmsPerWeek(), p.radiation(), p.legSymptomsDays(), p.worseAtNightOrRest(), p.trauma()));
			case RADIATION -> withPain(in, new Pain(p.intensity(), p.region(), p.onset(), p.durationDays(),
					p.spasmsPerWeek(), (Radiation) value, p.legSymptomsDays(), p.worseAtNightOrRest(), p.trauma()));
			case LEG_SYMPTOMS_DAYS -> withPain(in, new Pain(p.intensity(), p.region(), p.onset(), p.durationDays(),
					p.spasmsPerWeek(), p.radiation(), (Integer) value, p.worseAtNightOrRest(), p.trauma()));
			case WORSE_AT_NIGHT_OR_REST -> withPain(in, new Pain(p.intensity(), p.region(), p.onset(), p.durationDays(),
					p.spasmsPerWeek(), p.radiation(), p.legSymptomsDays(), (Boolean) value, p.trauma()));
			case TRAUMA -> withPain(in, new Pain(p.intensity(), p.region(), p.onset(), p.durationDays(),
					p.spasmsPerWeek(), p.radiation(), p.legSymptomsDays(), p.worseAtNightOrRest(), (Trauma) value));
			case MOBILITY -> new AssessmentInput(in.age(), in.sex(), in.pregnant(), in.pregnancyWeeks(), p,
					new PhysicalFunction((Mobility) value), in.symptoms(), in.history(), in.selfCare(),
					in.preferences(), in.notSure());
			case SELF_CARE_WEEKS_TRIED -> withSelfCare(in, new SelfCare((Integer) value, s.improving()));
			case SELF_CARE_IMPROVING -> withSelfCare(in, new SelfCare(s.weeksTried(), (Boolean) value));
		};
	}

	private static AssessmentInput withPain(AssessmentInput in, Pain pain) {
		return new AssessmentInput(in.age(), in.sex(), in.pregnant(), in.pregnancyWeeks(), pain, in.function(),
				in.symptoms(), in.history(), in.selfCare(), in.preferences(), in.notSure());
	}

	private static AssessmentInput withSelfCare(AssessmentInput in, SelfCare selfCare) {
		return new AssessmentInput(in.age(), in.sex(), in.pregnant(), in.pregnancyWeeks(), in.pain(), in.function(),
				in.symptoms(), in.history(), selfCare, in.preferences(), in.notSure());
	}

	/**
	 * The input as assessed, its triage, and how each "not sure" was read.
	 */
	record Reading(AssessmentInput input, TriageResult triage, List<NotSureAnswer> notSure, Object[] values) {

		Reading(AssessmentInput input, TriageResult triage, List<NotSureAnswer> notSure) {
			this(input, triage, notSure, new Object[0]);
		}

	}

}
