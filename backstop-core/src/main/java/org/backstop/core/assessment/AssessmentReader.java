package org.backstop.core.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.backstop.core.assessment.AssessmentInput.NotSure;
import org.backstop.core.assessment.AssessmentInput.Pain;
import org.backstop.core.assessment.AssessmentInput.PhysicalFunction;
import org.backstop.core.assessment.AssessmentInput.Preferences;
import org.backstop.core.assessment.AssessmentInput.SelfCare;
import org.backstop.core.json.Coded;
import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.Checked;

/**
 * Checks a JSON tree against version 1 of the assessment contract and builds the
 * {@link AssessmentInput}. Every problem is reported, each with its field path. Unknown
 * fields and unknown codes are errors, never skipped: a mistyped red flag that was
 * quietly dropped could send home someone who needs an ambulance.
 */
public final class AssessmentReader {

	/** Longest credible duration: a century of pain, in days. */
	public static final int MAX_DURATION_DAYS = 36_500;

	public static final int MAX_SPASMS_PER_WEEK = 1_000;

	/** Ten years of self-care, in weeks. */
	public static final int MAX_WEEKS_TRIED = 520;

	/** More entries than there are codes means the list is not what it claims to be. */
	public static final int MAX_CODES_IN_A_LIST = JsonFields.MAX_CODES_IN_A_LIST;

	private static final Set<String> ROOT_FIELDS = Set.of("age", "sex", "pregnant", "pregnancyWeeks", "pain",
			"function", "symptoms", "history", "selfCare", "preferences", "symptomsNotSure", "historyNotSure");

	private static final Set<String> PAIN_FIELDS = Set.of("intensity", "region", "onset", "durationDays",
			"spasmsPerWeek", "radiation", "legSymptomsDays", "worseAtNightOrRest", "trauma");

	private static final Set<String> FUNCTION_FIELDS = Set.of("mobility");

	private static final Set<String> SELF_CARE_FIELDS = Set.of("weeksTried", "improving");

	private static final Set<String> PREFERENCE_FIELDS = Set.of("equipment", "likes", "dislikes", "currentMedicines",
			"weightKg");

	/** Lightest and heaviest credible body weight, kg. */
	public static final int MIN_WEIGHT_KG = 2;

	public static final int MAX_WEIGHT_KG = 400;

	private AssessmentReader() {
	}

	/** Reads one assessment whose field paths start at the document root. */
	public static Checked<AssessmentInput> read(JsonNode node) {
		return read(node, "");
	}

	/**
	 * Reads one assessment whose field paths start with {@code prefix}, for example
	 * {@code [3]} for the fourth item of an array.
	 */
	public static Checked<AssessmentInput> read(JsonNode node, String prefix) {
		JsonFields root = new JsonFields(prefix, new ArrayList<>());
		if (node == null || node.isMissingNode() || !node.isObject()) {
			root.failHere("object.holding_assessment", "must be a JSON object holding one assessment");
			return Checked.invalid(root.violations());
		}
		root.rejectUnknown(node, ROOT_FIELDS);
		Set<Question> notSure = EnumSet.noneOf(Question.class);
		Integer age = root.requiredInt(node, "age", 0, 120);
		Sex sex = root.requiredCode(node, "sex", Sex.CODES);
		Boolean pregnant = answer(root.orNotSure(node, "pregnant", () -> root.optionalBoolean(node, "pregnant")),
				Question.PREGNANT, notSure);
		Integer pregnancyWeeks = answer(
				root.orNotSure(node, "pregnancyWeeks", () -> root.optionalInt(node, "pregnancyWeeks", 0, 45)),
				Question.PREGNANCY_WEEKS, notSure);
		checkPregnancy(root, node, sex, pregnant, pregnancyWeeks);
		if (notSure.contains(Question.PREGNANT)) {
			if (sex == Sex.MALE) {
				root.fail("pregnant", "pregnant.not_sure_male", "cannot be \"not_sure\" when sex is male");
			}
			if (!JsonFields.isAbsent(node.get("pregnancyWeeks"))) {
				root.fail("pregnancyWeeks", "pregnancy_weeks.not_pregnant", "is only allowed when pregnant is true");
			}
		}
		Pain pain = readPain(root, node, notSure);
		PhysicalFunction function = readFunction(root, node, notSure);
		Set<Symptom> symptoms = root.codeSet(node, "symptoms", Symptom.CODES, Symptom.class);
		Set<History> history = root.codeSet(node, "history", History.CODES, History.class);
		Set<Symptom> symptomsNotSure = root.codeSet(node, "symptomsNotSure", Symptom.CODES, Symptom.class);
		Set<History> historyNotSure = root.codeSet(node, "historyNotSure", History.CODES, History.class);
		rejectBoth(root, "symptomsNotSure", symptoms, symptomsNotSure, "symptoms");
		rejectBoth(root, "historyNotSure", history, historyNotSure, "history");
		SelfCare selfCare = readSelfCare(root, node, notSure);
		Preferences preferences = readPreferences(root, node);
		if (!root.violations().isEmpty()) {
			return Checked.invalid(root.violations());
		}
		return Checked.valid(new AssessmentInput(age, sex, pregnant, pregnancyWeeks, pain, function, symptoms, history,
				selfCare, preferences, new NotSure(notSure, symptomsNotSure, historyNotSure)));
	}

	/** The answer's value; a "not sure" is noted against its question. */
	private static <T> T answer(JsonFields.Answer<T> answer, Question question, Set<Question> notSure) {
		if (answer.notSure()) {
			notSure.add(question);
		}
		return answer.value();
	}

	/** A code is either had or not sure about, not both. */
	private static <E extends Enum<E> & Coded> void rejectBoth(JsonFields root, String name, Set<E> known,
			Set<E> notSure, String knownName) {
		for (E code : notSure) {
			if (known.contains(code)) {
				root.fail(name, "code.in_both_lists", "''{0}'' is also in {1}; give it in one list only", code.code(),
						knownName);
			}
		}
	}

	/**
	 * The pregnancy rules of the contract, shared by every input that asks about a
	 * pregnancy: {@code pregnancyWeeks} is allowed only with {@code pregnant: true}, and
	 * a male person cannot be pregnant. A pregnancy whose week is not known is still
	 * assessed, read as late (see {@link AssessmentInput#pregnancyWeeksOrZero()}): a
	 * missing detail never blocks the safety answer.
	 * @param root the object's fields, where violations are collected
	 * @param node the object holding {@code pregnant} and {@code pregnancyWeeks}
	 * @param sex the person's sex, or {@code null} when the input does not ask for it
	 * @param pregnant {@code pregnant} as read, or {@code null}
	 * @param pregnancyWeeks {@code pregnancyWeeks} as read, or {@code null}
	 */
	public static void checkPregnancy(JsonFields root, JsonNode node, Sex sex, Boolean pregnant,
			Integer pregnancyWeeks) {
		if (Boolean.TRUE.equals(pregnant)) {
			if (sex == Sex.MALE) {
				root.fail("pregnant", "pregnant.male", "cannot be true when sex is male");
			}
		}
		else if ((pregnant != null || JsonFields.isAbsent(node.get("pregnant")))
				&& !JsonFields.isAbsent(node.get("pregnancyWeeks"))) {
			root.fail("pregnancyWeeks", "pregnancy_weeks.not_pregnant", "is only allowed when pregnant is true");
		}
	}

	private static Pain readPain(JsonFields root, JsonNode node, Set<Question> notSure) {
		JsonFields pain = root.object(node, "pain", true, PAIN_FIELDS);
		if (pain == null) {
			return null;
		}
		JsonNode p = node.get("pain");
		Integer intensity = pain.requiredInt(p, "intensity", 0, 10);
		Region region = pain.requiredCode(p, "region", Region.CODES);
		Onset onset = answer(pain.orNotSure(p, "onset", () -> pain.optionalCode(p, "onset", Onset.CODES)),
				Question.ONSET, notSure);
		Integer durationDays = pain.requiredInt(p, "durationDays", 0, MAX_DURATION_DAYS);
		Integer spasmsPerWeek = pain.optionalInt(p, "spasmsPerWeek", 0, MAX_SPASMS_PER_WEEK);
		Radiation radiation = answer(
				pain.orNotSure(p, "radiation", () -> pain.optionalCode(p, "radiation", Radiation.CODES)),
				Question.RADIATION, notSure);
		Integer legSymptomsDays = answer(
				pain.orNotSure(p, "legSymptomsDays",
						() -> pain.optionalInt(p, "legSymptomsDays", 0, MAX_DURATION_DAYS)),
				Question.LEG_SYMPTOMS_DAYS, notSure);
		Boolean worseAtNightOrRest = answer(
				pain.orNotSure(p, "worseAtNightOrRest", () -> pain.optionalBoolean(p, "worseAtNightOrRest")),
				Question.WORSE_AT_NIGHT_OR_REST, notSure);
		Trauma trauma = answer(pain.orNotSure(p, "trauma", () -> pain.optionalCode(p, "trauma", Trauma.CODES)),
				Question.TRAUMA, notSure);
		if (intensity == null || region == null || durationDays == null) {
			return null;
		}
		return new Pain(intensity, region, onset, durationDays, spasmsPerWeek, radiation, legSymptomsDays,
				worseAtNightOrRest, trauma);
	}

	private static PhysicalFunction readFunction(JsonFields root, JsonNode node, Set<Question> notSure) {
		JsonFields function = root.object(node, "function", false, FUNCTION_FIELDS);
		if (function == null) {
			return null;
		}
		JsonNode f = node.get("function");
		return new PhysicalFunction(
				answer(function.orNotSure(f, "mobility", () -> function.optionalCode(f, "mobility", Mobility.CODES)),
						Question.MOBILITY, notSure));
	}

	private static SelfCare readSelfCare(JsonFields root, JsonNode node, Set<Question> notSure) {
		JsonFields selfCare = root.object(node, "selfCare", false, SELF_CARE_FIELDS);
		if (selfCare == null) {
			return null;
		}
		JsonNode s = node.get("selfCare");
		Integer weeksTried = answer(
				selfCare.orNotSure(s, "weeksTried", () -> selfCare.optionalInt(s, "weeksTried", 0, MAX_WEEKS_TRIED)),
				Question.SELF_CARE_WEEKS_TRIED, notSure);
		Boolean improving = answer(selfCare.orNotSure(s, "improving", () -> selfCare.optionalBoolean(s, "improving")),
				Question.SELF_CARE_IMPROVING, notSure);
		return new SelfCare(weeksTried, improving);
	}

	private static Preferences readPreferences(JsonFields root, JsonNode node) {
		JsonFields preferences = root.object(node, "preferences", false, PREFERENCE_FIELDS);
		if (preferences == null) {
			return null;
		}
		JsonNode p = node.get("preferences");
		return new Preferences(preferences.codeSet(p, "equipment", Equipment.CODES, Equipment.class),
				preferences.activities(p, "likes", ActivityCodes.ALL),
				preferences.activities(p, "dislikes", ActivityCodes.ALL),
				preferences.codeSet(p, "currentMedicines", Medicine.CODES, Medicine.class),
				preferences.optionalInt(p, "weightKg", MIN_WEIGHT_KG, MAX_WEIGHT_KG));
	}

}
