package org.backstop.core.assessment;

import static org.backstop.core.assessment.ContractField.Presence.OPTIONAL;
import static org.backstop.core.assessment.ContractField.Presence.OPTIONAL_OR_NOT_SURE;
import static org.backstop.core.assessment.ContractField.Presence.REQUIRED;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Every field of version 1 of the assessment contract, declared once: the reader
 * ({@link AssessmentReader}) reads through these, the API description and the wizard are
 * built from them. What ties two fields together (a pregnancy only for a person who can
 * be pregnant, a code in one list only) is the reader's own code.
 */
public final class AssessmentContract {

	public static final ContractField<Integer> AGE = ContractField.wholeNumber("age", REQUIRED, 0, 120);

	public static final ContractField<Sex> SEX = ContractField.code("sex", REQUIRED, Sex.class);

	public static final ContractField<Boolean> PREGNANT = ContractField.yesNo("pregnant", OPTIONAL_OR_NOT_SURE);

	public static final ContractField<Integer> PREGNANCY_WEEKS = ContractField.wholeNumber("pregnancyWeeks",
			OPTIONAL_OR_NOT_SURE, 0, AssessmentInput.LATEST_PREGNANCY_WEEK);

	public static final ContractField<JsonNode> PAIN = ContractField.object("pain", REQUIRED);

	public static final ContractField<Integer> PAIN_INTENSITY = ContractField.wholeNumber("pain.intensity", REQUIRED, 0,
			10);

	public static final ContractField<Region> PAIN_REGION = ContractField.code("pain.region", REQUIRED, Region.class);

	public static final ContractField<Onset> PAIN_ONSET = ContractField.code("pain.onset", OPTIONAL_OR_NOT_SURE,
			Onset.class);

	public static final ContractField<Integer> PAIN_DURATION_DAYS = ContractField.wholeNumber("pain.durationDays",
			REQUIRED, 0, AssessmentReader.MAX_DURATION_DAYS);

	public static final ContractField<Integer> PAIN_SPASMS_PER_WEEK = ContractField.wholeNumber("pain.spasmsPerWeek",
			OPTIONAL, 0, AssessmentReader.MAX_SPASMS_PER_WEEK);

	public static final ContractField<Radiation> PAIN_RADIATION = ContractField.code("pain.radiation",
			OPTIONAL_OR_NOT_SURE, Radiation.class);

	public static final ContractField<Integer> PAIN_LEG_SYMPTOMS_DAYS = ContractField
		.wholeNumber("pain.legSymptomsDays", OPTIONAL_OR_NOT_SURE, 0, AssessmentReader.MAX_DURATION_DAYS);

	public static final ContractField<Boolean> PAIN_WORSE_AT_NIGHT_OR_REST = ContractField
		.yesNo("pain.worseAtNightOrRest", OPTIONAL_OR_NOT_SURE);

	public static final ContractField<Trauma> PAIN_TRAUMA = ContractField.code("pain.trauma", OPTIONAL_OR_NOT_SURE,
			Trauma.class);

	public static final ContractField<JsonNode> FUNCTION = ContractField.object("function", OPTIONAL);

	public static final ContractField<Mobility> FUNCTION_MOBILITY = ContractField.code("function.mobility",
			OPTIONAL_OR_NOT_SURE, Mobility.class);

	public static final ContractField<Set<Symptom>> SYMPTOMS = ContractField.codes("symptoms", Symptom.class);

	public static final ContractField<Set<History>> HISTORY = ContractField.codes("history", History.class);

	/** Signs the person is not sure they have, read as present. */
	public static final ContractField<Set<Symptom>> SYMPTOMS_NOT_SURE = ContractField
		.codes("symptomsNotSure", Symptom.class)
		.describedAs("codes the person is not sure about, read as present; a code may not be in symptoms as well");

	/** History the person is not sure applies, read as present. */
	public static final ContractField<Set<History>> HISTORY_NOT_SURE = ContractField
		.codes("historyNotSure", History.class)
		.describedAs("codes the person is not sure about, read as present; a code may not be in history as well");

	public static final ContractField<JsonNode> SELF_CARE = ContractField.object("selfCare", OPTIONAL);

	public static final ContractField<Integer> SELF_CARE_WEEKS_TRIED = ContractField.wholeNumber("selfCare.weeksTried",
			OPTIONAL_OR_NOT_SURE, 0, AssessmentReader.MAX_WEEKS_TRIED);

	public static final ContractField<Boolean> SELF_CARE_IMPROVING = ContractField.yesNo("selfCare.improving",
			OPTIONAL_OR_NOT_SURE);

	public static final ContractField<JsonNode> PREFERENCES = ContractField.object("preferences", OPTIONAL);

	public static final ContractField<Set<Equipment>> PREFERENCES_EQUIPMENT = ContractField
		.codes("preferences.equipment", Equipment.class);

	public static final ContractField<Set<String>> PREFERENCES_LIKES = ContractField.activities("preferences.likes",
			ActivityCodes.ALL);

	public static final ContractField<Set<String>> PREFERENCES_DISLIKES = ContractField
		.activities("preferences.dislikes", ActivityCodes.ALL);

	public static final ContractField<Set<Medicine>> PREFERENCES_CURRENT_MEDICINES = ContractField
		.codes("preferences.currentMedicines", Medicine.class);

	public static final ContractField<Integer> PREFERENCES_WEIGHT_KG = ContractField.wholeNumber("preferences.weightKg",
			OPTIONAL, AssessmentReader.MIN_WEIGHT_KG, AssessmentReader.MAX_WEIGHT_KG);

	/** Every field of the contract, each object followed by its own fields. */
	public static final List<ContractField<?>> FIELDS = List.of(AGE, SEX, PREGNANT, PREGNANCY_WEEKS, PAIN,
			PAIN_INTENSITY, PAIN_REGION, PAIN_ONSET, PAIN_DURATION_DAYS, PAIN_SPASMS_PER_WEEK, PAIN_RADIATION,
			PAIN_LEG_SYMPTOMS_DAYS, PAIN_WORSE_AT_NIGHT_OR_REST, PAIN_TRAUMA, FUNCTION, FUNCTION_MOBILITY, SYMPTOMS,
			HISTORY, SYMPTOMS_NOT_SURE, HISTORY_NOT_SURE, SELF_CARE, SELF_CARE_WEEKS_TRIED, SELF_CARE_IMPROVING,
			PREFERENCES, PREFERENCES_EQUIPMENT, PREFERENCES_LIKES, PREFERENCES_DISLIKES, PREFERENCES_CURRENT_MEDICINES,
			PREFERENCES_WEIGHT_KG);

	private AssessmentContract() {
	}

	/** The field at {@code path}, such as {@code pain.intensity}. */
	public static ContractField<?> field(String path) {
		return ContractField.at(FIELDS, path);
	}

}
