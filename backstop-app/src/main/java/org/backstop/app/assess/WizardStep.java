package org.backstop.app.assess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Medicine;
import org.backstop.core.assessment.Mobility;
import org.backstop.core.assessment.Onset;
import org.backstop.core.assessment.Radiation;
import org.backstop.core.assessment.Region;
import org.backstop.core.assessment.Sex;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.assessment.Trauma;
import org.backstop.core.json.Coded;

/**
 * The wizard's steps in order, each with the contract fields it asks for. The codes come
 * from the core's enums, so a new code appears in the wizard (and its label test fails
 * until it has words).
 */
public enum WizardStep {

	WHERE(code("pain.region", "region", Region.values()), code("pain.radiation", "radiation", Radiation.values()),
			WizardField.number("pain.legSymptomsDays")),

	HOW_BAD(WizardField.number("pain.intensity"), code("function.mobility", "mobility", Mobility.values())),

	WHEN(code("pain.onset", "onset", Onset.values()), WizardField.number("pain.durationDays"),
			WizardField.number("pain.spasmsPerWeek"), WizardField.yesNo("pain.worseAtNightOrRest")),

	WHAT_HAPPENED(code("pain.trauma", "trauma", Trauma.values()), WizardField.number("selfCare.weeksTried"),
			WizardField.yesNo("selfCare.improving")),

	WARNING_SIGNS(codes("symptoms", "symptom", Symptom.values()), codes("symptomsNotSure", "symptom", Symptom.values()),
			new WizardField(WizardStep.NO_SYMPTOMS, WizardField.Kind.YES_NO, null, List.of("true"))),

	ABOUT_YOU(WizardField.number("age"), code("sex", "sex", Sex.values()), WizardField.yesNo("pregnant"),
			WizardField.number("pregnancyWeeks"), codes("history", "history", History.values()),
			codes("historyNotSure", "history", History.values()),
			codes("preferences.currentMedicines", "medicine", Medicine.values()));

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

	List<WizardField> fields() {
		return this.fields;
	}

	WizardField field(String name) {
		return this.fields.stream().filter((f) -> f.name().equals(name)).findFirst().orElse(null);
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
		return WHERE;
	}

	static Stream<WizardField> allFields() {
		return Arrays.stream(values()).flatMap((step) -> step.fields.stream());
	}

	/**
	 * The warning signs in groups a person can take in at a glance, in the order they are
	 * asked. Any symptom code not placed in a group is asked under "other", so none is
	 * ever left out.
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

	private static WizardField code(String name, String labels, Coded[] values) {
		return new WizardField(name, WizardField.Kind.CODE, labels, Arrays.stream(values).map(Coded::code).toList());
	}

	private static WizardField codes(String name, String labels, Coded[] values) {
		return new WizardField(name, WizardField.Kind.CODES, labels, Arrays.stream(values).map(Coded::code).toList());
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
