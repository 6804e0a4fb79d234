package org.backstop.core.assessment;

import static org.backstop.core.assessment.AssessmentContract.AGE;
import static org.backstop.core.assessment.AssessmentContract.FUNCTION;
import static org.backstop.core.assessment.AssessmentContract.FUNCTION_MOBILITY;
import static org.backstop.core.assessment.AssessmentContract.HISTORY;
import static org.backstop.core.assessment.AssessmentContract.HISTORY_NOT_SURE;
import static org.backstop.core.assessment.AssessmentContract.PAIN;
import static org.backstop.core.assessment.AssessmentContract.PAIN_DURATION_DAYS;
import static org.backstop.core.assessment.AssessmentContract.PAIN_INTENSITY;
import static org.backstop.core.assessment.AssessmentContract.PAIN_LEG_SYMPTOMS_DAYS;
import static org.backstop.core.assessment.AssessmentContract.PAIN_ONSET;
import static org.backstop.core.assessment.AssessmentContract.PAIN_RADIATION;
import static org.backstop.core.assessment.AssessmentContract.PAIN_REGION;
import static org.backstop.core.assessment.AssessmentContract.PAIN_SPASMS_PER_WEEK;
import static org.backstop.core.assessment.AssessmentContract.PAIN_TRAUMA;
import static org.backstop.core.assessment.AssessmentContract.PAIN_WORSE_AT_NIGHT_OR_REST;
import static org.backstop.core.assessment.AssessmentContract.PREFERENCES;
import static org.backstop.core.assessment.AssessmentContract.PREFERENCES_CURRENT_MEDICINES;
import static org.backstop.core.assessment.AssessmentContract.PREFERENCES_DISLIKES;
import static org.backstop.core.assessment.AssessmentContract.PREFERENCES_EQUIPMENT;
import static org.backstop.core.assessment.AssessmentContract.PREFERENCES_LIKES;
import static org.backstop.core.assessment.AssessmentContract.PREFERENCES_WEIGHT_KG;
import static org.backstop.core.assessment.AssessmentContract.PREGNANCY_WEEKS;
import static org.backstop.core.assessment.AssessmentContract.PREGNANT;
import static org.backstop.core.assessment.AssessmentContract.SELF_CARE;
import static org.backstop.core.assessment.AssessmentContract.SELF_CARE_IMPROVING;
import static org.backstop.core.assessment.AssessmentContract.SELF_CARE_WEEKS_TRIED;
import static org.backstop.core.assessment.AssessmentContract.SEX;
import static org.backstop.core.assessment.AssessmentContract.SYMPTOMS;
import static org.backstop.core.assessment.AssessmentContract.SYMPTOMS_NOT_SURE;

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
 * {@link AssessmentInput}, reading each field through its declaration in
 * {@link AssessmentContract}; the rules between fields are written out here. Every
 * problem is reported, each with its field path. Unknown fields and unknown codes are
 * errors, never skipped: a mistyped red flag that was quietly dropped could send home
 * someone who needs an ambulance.
 */
public final class AssessmentReader {

	/** Longest credible duration: a century of pain, in days. */
	public static final int MAX_DURATION_DAYS = 36_500;

	public static final int MAX_SPASMS_PER_WEEK = 1_000;

	/** Ten years of self-care, in weeks. */
	public static final int MAX_WEEKS_TRIED = 520;

	/** More entries than there are codes means the list is not what it claims to be. */
	public static final int MAX_CODES_IN_A_LIST = JsonFields.MAX_CODES_IN_A_LIST;

	/** Lightest and heaviest credible body weight, kg. */
	public static final int MIN_WEIGHT_KG = 2;

	public static final int MAX_WEIGHT_KG = 400;

	private static final Set<String> ROOT_FIELDS = ContractField.namesIn(AssessmentContract.FIELDS, "");

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
		Integer age = AGE.read(root, node);
		Sex sex = SEX.read(root, node);
		Boolean pregnant = answer(PREGNANT.answer(root, node), Question.PREGNANT, notSure);
		Integer pregnancyWeeks = answer(PREGNANCY_WEEKS.answer(root, node), Question.PREGNANCY_WEEKS, notSure);
		// A pregnancy's week left out is as unknown as one given as "not sure": read the
		// same way (late), so that the result says what it assumed.
		if (Boolean.TRUE.equals(pregnant) && pregnancyWeeks == null) {
			notSure.add(Question.PREGNANCY_WEEKS);
		}
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
		Set<Symptom> symptoms = SYMPTOMS.read(root, node);
		Set<History> history = HISTORY.read(root, node);
		Set<Symptom> symptomsNotSure = SYMPTOMS_NOT_SURE.read(root, node);
		Set<History> historyNotSure = HISTORY_NOT_SURE.read(root, node);
		rejectBoth(root, SYMPTOMS_NOT_SURE, symptoms, symptomsNotSure, SYMPTOMS);
		rejectBoth(root, HISTORY_NOT_SURE, history, historyNotSure, HISTORY);
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
	private static <E extends Enum<E> & Coded> void rejectBoth(JsonFields root, ContractField<Set<E>> notSureList,
			Set<E> known, Set<E> notSure, ContractField<Set<E>> knownList) {
		for (E code : notSure) {
			if (known.contains(code)) {
				root.fail(notSureList.name(), "code.in_both_lists", "''{0}'' is also in {1}; give it in one list only",
						code.code(), knownList.name());
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
		JsonFields pain = PAIN.open(root, node, AssessmentContract.FIELDS);
		if (pain == null) {
			return null;
		}
		JsonNode p = node.get(PAIN.name());
		Integer intensity = PAIN_INTENSITY.read(pain, p);
		Region region = PAIN_REGION.read(pain, p);
		Onset onset = answer(PAIN_ONSET.answer(pain, p), Question.ONSET, notSure);
		Integer durationDays = PAIN_DURATION_DAYS.read(pain, p);
		Integer spasmsPerWeek = PAIN_SPASMS_PER_WEEK.read(pain, p);
		Radiation radiation = answer(PAIN_RADIATION.answer(pain, p), Question.RADIATION, notSure);
		Integer legSymptomsDays = answer(PAIN_LEG_SYMPTOMS_DAYS.answer(pain, p), Question.LEG_SYMPTOMS_DAYS, notSure);
		Boolean worseAtNightOrRest = answer(PAIN_WORSE_AT_NIGHT_OR_REST.answer(pain, p),
				Question.WORSE_AT_NIGHT_OR_REST, notSure);
		Trauma trauma = answer(PAIN_TRAUMA.answer(pain, p), Question.TRAUMA, notSure);
		if (intensity == null || region == null || durationDays == null) {
			return null;
		}
		return new Pain(intensity, region, onset, durationDays, spasmsPerWeek, radiation, legSymptomsDays,
				worseAtNightOrRest, trauma);
	}

	private static PhysicalFunction readFunction(JsonFields root, JsonNode node, Set<Question> notSure) {
		JsonFields function = FUNCTION.open(root, node, AssessmentContract.FIELDS);
		if (function == null) {
			return null;
		}
		JsonNode f = node.get(FUNCTION.name());
		return new PhysicalFunction(answer(FUNCTION_MOBILITY.answer(function, f), Question.MOBILITY, notSure));
	}

	private static SelfCare readSelfCare(JsonFields root, JsonNode node, Set<Question> notSure) {
		JsonFields selfCare = SELF_CARE.open(root, node, AssessmentContract.FIELDS);
		if (selfCare == null) {
			return null;
		}
		JsonNode s = node.get(SELF_CARE.name());
		Integer weeksTried = answer(SELF_CARE_WEEKS_TRIED.answer(selfCare, s), Question.SELF_CARE_WEEKS_TRIED, notSure);
		Boolean improving = answer(SELF_CARE_IMPROVING.answer(selfCare, s), Question.SELF_CARE_IMPROVING, notSure);
		return new SelfCare(weeksTried, improving);
	}

	private static Preferences readPreferences(JsonFields root, JsonNode node) {
		JsonFields preferences = PREFERENCES.open(root, node, AssessmentContract.FIELDS);
		if (preferences == null) {
			return null;
		}
		JsonNode p = node.get(PREFERENCES.name());
		return new Preferences(PREFERENCES_EQUIPMENT.read(preferences, p), PREFERENCES_LIKES.read(preferences, p),
				PREFERENCES_DISLIKES.read(preferences, p), PREFERENCES_CURRENT_MEDICINES.read(preferences, p),
				PREFERENCES_WEIGHT_KG.read(preferences, p));
	}

}
