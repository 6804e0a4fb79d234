package org.backstop.app.assessment;

import static org.backstop.app.assessment.WizardField.ask;
import static org.backstop.core.assessment.AssessmentContract.AGE;
import static org.backstop.core.assessment.AssessmentContract.FUNCTION_MOBILITY;
import static org.backstop.core.assessment.AssessmentContract.HISTORY;
import static org.backstop.core.assessment.AssessmentContract.HISTORY_NOT_SURE;
import static org.backstop.core.assessment.AssessmentContract.PAIN_DURATION_DAYS;
import static org.backstop.core.assessment.AssessmentContract.PAIN_INTENSITY;
import static org.backstop.core.assessment.AssessmentContract.PAIN_LEG_SYMPTOMS_DAYS;
import static org.backstop.core.assessment.AssessmentContract.PAIN_ONSET;
import static org.backstop.core.assessment.AssessmentContract.PAIN_RADIATION;
import static org.backstop.core.assessment.AssessmentContract.PAIN_REGION;
import static org.backstop.core.assessment.AssessmentContract.PAIN_SPASMS_PER_WEEK;
import static org.backstop.core.assessment.AssessmentContract.PAIN_TRAUMA;
import static org.backstop.core.assessment.AssessmentContract.PAIN_WORSE_AT_NIGHT_OR_REST;
import static org.backstop.core.assessment.AssessmentContract.PREFERENCES_CURRENT_MEDICINES;
import static org.backstop.core.assessment.AssessmentContract.PREGNANCY_WEEKS;
import static org.backstop.core.assessment.AssessmentContract.PREGNANT;
import static org.backstop.core.assessment.AssessmentContract.SELF_CARE_IMPROVING;
import static org.backstop.core.assessment.AssessmentContract.SELF_CARE_WEEKS_TRIED;
import static org.backstop.core.assessment.AssessmentContract.SEX;
import static org.backstop.core.assessment.AssessmentContract.SYMPTOMS;
import static org.backstop.core.assessment.AssessmentContract.SYMPTOMS_NOT_SURE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.backstop.core.assessment.AssessmentContract;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.json.Coded;

/**
 * The wizard's steps in order, each with the contract fields it asks for. Each field's
 * kind, codes and "not sure" come from the contract's declaration
 * ({@link AssessmentContract}), so a new code appears in the wizard (and its label test
 * fails until it has words).
 */
public enum WizardStep {

	/**
	 * The signs that call for an ambulance whatever else is true, asked first and as one
	 * question: a "yes" ends the wizard at once.
	 */
	URGENT_SIGNS(WizardField.signs(WizardStep.URGENT,
			codes(Symptom.CHEST_PAIN, Symptom.SHORTNESS_OF_BREATH, Symptom.FAINTING, Symptom.TEARING_PAIN,
					Symptom.PULSATING_ABDOMINAL_MASS))),

	/**
	 * The signs that call for the emergency department whatever else is true, asked
	 * second, the same way.
	 */
	EMERGENCY_SIGNS(WizardField.signs(WizardStep.EMERGENCY,
			codes(Symptom.URINARY_RETENTION, Symptom.URINARY_INCONTINENCE, Symptom.BOWEL_INCONTINENCE,
					Symptom.SADDLE_NUMBNESS, Symptom.PROGRESSIVE_LEG_WEAKNESS, Symptom.FOOT_DROP, Symptom.CONFUSION))),

	/** What the contract requires, each a tap but the age. */
	THE_PAIN(ask(PAIN_REGION, "region"), ask(PAIN_INTENSITY), ask(PAIN_DURATION_DAYS),
			new WizardField(WizardAnswers.DURATION_EXACT, WizardField.Kind.NUMBER, null, List.of(), null), ask(AGE),
			ask(SEX, "sex")),

	/**
	 * Everything else that can change the answer or the plan, on one page: the pregnancy
	 * (only where it can apply), the other signs and conditions ("None of these" in one
	 * tap), then optional details.
	 */
	ANYTHING_ELSE(ask(PREGNANT), ask(PREGNANCY_WEEKS), ask(SYMPTOMS, "symptom"), ask(SYMPTOMS_NOT_SURE, "symptom"),
			new WizardField(WizardStep.NO_SYMPTOMS, WizardField.Kind.YES_NO, null, List.of("true"), null),
			ask(HISTORY, "history"), ask(HISTORY_NOT_SURE, "history"), ask(PAIN_TRAUMA, "trauma"),
			ask(FUNCTION_MOBILITY, "mobility"), ask(PAIN_ONSET, "onset"), ask(PAIN_RADIATION, "radiation"),
			ask(PAIN_LEG_SYMPTOMS_DAYS), ask(PAIN_WORSE_AT_NIGHT_OR_REST), ask(PAIN_SPASMS_PER_WEEK),
			ask(SELF_CARE_WEEKS_TRIED), ask(SELF_CARE_IMPROVING), ask(PREFERENCES_CURRENT_MEDICINES, "medicine"));

	/** The wizard's name for the answer to the ambulance signs. */
	static final String URGENT = "urgentSigns";

	/** The wizard's name for the answer to the emergency-department signs. */
	static final String EMERGENCY = "emergencySigns";

	/**
	 * "None of these" on the warning-signs step: an explicit answer, so that a person who
	 * skipped the question is asked again rather than taken to have none.
	 */
	static final String NO_SYMPTOMS = "symptomsNone";

	private final List<WizardField> fields;

	WizardStep(WizardField... fields) {
		this.fields = List.of(fields);
	}

	/** 1 for the first step. */
	public int number() {
		return ordinal() + 1;
	}

	/** The message key part, such as {@code how_bad}. */
	public String key() {
		return Coded.codeOf(this);
	}

	/**
	 * Its questions in the order they are asked; on the last step, each topic's question
	 * comes before the list it opens.
	 */
	List<WizardField> fields() {
		return (this == ANYTHING_ELSE) ? Topics.LAST_STEP : this.fields;
	}

	WizardField field(String name) {
		return fields().stream().filter((f) -> f.name().equals(name)).findFirst().orElse(null);
	}

	static WizardStep number(int number) {
		WizardStep[] all = values();
		return all[Math.max(1, Math.min(all.length, number)) - 1];
	}

	/** The step that asks for a contract field, or the first step for anything else. */
	static WizardStep asking(String fieldName) {
		for (WizardStep step : values()) {
			if (step.field(fieldName) != null) {
				return step;
			}
		}
		return THE_PAIN;
	}

	static Stream<WizardField> allFields() {
		return Arrays.stream(values()).flatMap((step) -> step.fields().stream());
	}

	/** Whether this step asks a group of warning signs as one question. */
	public boolean asksSigns() {
		return this.fields.size() == 1 && this.fields.get(0).kind() == WizardField.Kind.SIGNS;
	}

	/** The group of warning signs this step asks, or {@code null}. */
	public WizardField signs() {
		return asksSigns() ? this.fields.get(0) : null;
	}

	/** The optional details of the last step, asked after "None of these", folded. */
	static Stream<WizardField> details() {
		List<WizardField> last = ANYTHING_ELSE.fields;
		return last.subList(last.indexOf(ANYTHING_ELSE.field("pain.trauma")), last.size()).stream();
	}

	/** The steps that ask a group of warning signs as one question. */
	static List<WizardStep> signSteps() {
		return Arrays.stream(values()).filter(WizardStep::asksSigns).toList();
	}

	/** The name of the topic of the conditions and medicines, asked like the signs. */
	static final String HISTORY_TOPIC = "history";

	/**
	 * The last step's topic questions, one per group of signs and one for the conditions:
	 * built once the steps exist, since the groups leave out what the first steps ask.
	 */
	private static final class Topics {

		static final List<WizardField> SIGNS = symptomGroups().stream()
			.map((group) -> WizardField.group(group.name(), "symptoms"))
			.toList();

		static final WizardField HISTORY_QUESTION = WizardField.group(HISTORY_TOPIC, "history");

		static final List<WizardField> LAST_STEP = lastStep();

		private static List<WizardField> lastStep() {
			List<WizardField> all = new ArrayList<>();
			for (WizardField field : ANYTHING_ELSE.fields) {
				if (field.name().equals("symptoms")) {
					all.addAll(SIGNS);
				}
				if (field.name().equals("history")) {
					all.add(HISTORY_QUESTION);
				}
				all.add(field);
			}
			return List.copyOf(all);
		}

	}

	/** The topic questions of the signs, in the order asked. */
	static List<WizardField> signTopics() {
		return Topics.SIGNS;
	}

	/** The topic question of the conditions and medicines. */
	static WizardField historyTopic() {
		return Topics.HISTORY_QUESTION;
	}

	/** The codes a topic's question opens. */
	static List<String> codesOf(WizardField topic) {
		if (topic.topic().equals(HISTORY_TOPIC)) {
			return ANYTHING_ELSE.field("history").codes();
		}
		return symptomGroups().stream()
			.filter((group) -> group.name().equals(topic.topic()))
			.findFirst()
			.map(SymptomGroup::codes)
			.orElse(List.of());
	}

	private static List<String> codes(Symptom... symptoms) {
		return Arrays.stream(symptoms).map(Symptom::code).toList();
	}

	/**
	 * The other warning signs in groups a person can take in at a glance, in the order
	 * they are asked: those already asked on the first steps are left out. Any symptom
	 * code not placed anywhere is asked under "other", so none is ever left out.
	 */
	static List<SymptomGroup> symptomGroups() {
		List<SymptomGroup> groups = new ArrayList<>(List.of(
				group("bladder", Symptom.URINARY_RETENTION, Symptom.URINARY_INCONTINENCE, Symptom.BOWEL_INCONTINENCE,
						Symptom.SADDLE_NUMBNESS, Symptom.REDUCED_RECTAL_SENSATION, Symptom.NEW_SEXUAL_DYSFUNCTION,
						Symptom.URINARY_HESITANCY),
				group("chest", Symptom.CHEST_PAIN, Symptom.SHORTNESS_OF_BREATH, Symptom.RAPID_BREATHING,
						Symptom.TEARING_PAIN, Symptom.FAINTING, Symptom.LIGHT_HEADEDNESS, Symptom.ABDOMINAL_PAIN,
						Symptom.PULSATING_ABDOMINAL_MASS, Symptom.VOMITING, Symptom.NAUSEA, Symptom.SWEATING),
				group("legs", Symptom.LEG_WEAKNESS, Symptom.PROGRESSIVE_LEG_WEAKNESS, Symptom.WEAKNESS_BOTH_LEGS,
						Symptom.FOOT_DROP, Symptom.LEG_NUMBNESS, Symptom.NUMBNESS_BOTH_LEGS, Symptom.GAIT_UNSTEADY,
						Symptom.LEG_PAIN_WALKING_EASED_BY_SITTING),
				group("arms", Symptom.ARM_WEAKNESS, Symptom.PROGRESSIVE_ARM_WEAKNESS, Symptom.ARM_NUMBNESS,
						Symptom.BOTH_ARMS_AFFECTED, Symptom.HAND_CLUMSINESS, Symptom.ELECTRIC_SHOCKS_BENDING_NECK),
				group("infection", Symptom.FEVER, Symptom.CHILLS, Symptom.CONFUSION, Symptom.NIGHT_SWEATS,
						Symptom.UNEXPLAINED_WEIGHT_LOSS, Symptom.FLANK_PAIN, Symptom.PAINFUL_URINATION,
						Symptom.URINARY_FREQUENCY, Symptom.BLOOD_IN_URINE),
				group("spine", Symptom.SPINAL_DEFORMITY, Symptom.BRUISING_OVER_SPINE, Symptom.BAND_LIKE_PAIN,
						Symptom.NIGHT_PAIN_NOT_EASED_BY_POSITION, Symptom.PAIN_GETTING_WORSE,
						Symptom.MORNING_STIFFNESS_OVER_30MIN, Symptom.BETTER_WITH_MOVEMENT),
				group("pregnancy", Symptom.VAGINAL_BLEEDING, Symptom.HEAVY_VAGINAL_BLEEDING, Symptom.CONTRACTIONS,
						Symptom.WATERS_BREAKING, Symptom.REDUCED_FETAL_MOVEMENTS, Symptom.PRE_ECLAMPSIA_SIGNS)));
		Set<String> placed = new LinkedHashSet<>();
		signSteps().forEach((step) -> placed.addAll(step.fields.get(0).codes()));
		groups.replaceAll((g) -> new SymptomGroup(g.name(),
				g.codes().stream().filter((code) -> !placed.contains(code)).toList()));
		groups.removeIf((g) -> g.codes().isEmpty());
		groups.forEach((g) -> placed.addAll(g.codes()));
		List<String> other = Arrays.stream(Symptom.values())
			.map(Symptom::code)
			.filter((c) -> !placed.contains(c))
			.toList();
		if (!other.isEmpty()) {
			groups.add(new SymptomGroup("other", other));
		}
		return groups;
	}

	private static SymptomGroup group(String name, Symptom... symptoms) {
		return new SymptomGroup(name, Arrays.stream(symptoms).map(Symptom::code).toList());
	}

	/**
	 * Warning signs asked together under one heading.
	 *
	 * @param name the message key part of its heading
	 * @param codes its symptom codes
	 */
	public record SymptomGroup(String name, List<String> codes) {
	}

}
