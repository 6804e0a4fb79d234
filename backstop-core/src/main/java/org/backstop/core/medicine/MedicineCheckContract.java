package org.backstop.core.medicine;

import static org.backstop.core.assessment.ContractField.Presence.OPTIONAL;
import static org.backstop.core.assessment.ContractField.Presence.OPTIONAL_OR_NOT_SURE;
import static org.backstop.core.assessment.ContractField.Presence.REQUIRED;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.backstop.core.assessment.AssessmentContract;
import org.backstop.core.assessment.AssessmentReader;
import org.backstop.core.assessment.ContractField;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Medicine;

/**
 * Every field of the medicine check contract, declared once: {@link MedicineCheckReader}
 * reads through these and the API description is built from them. The person's fields
 * take the assessment's ranges and codes.
 */
public final class MedicineCheckContract {

	/** The ingredients the dose guard can check: those taken by mouth in mg. */
	public static final List<String> DOSE_CHECKED = Arrays.stream(Medicine.values())
		.filter(Medicine::isDoseChecked)
		.map(Medicine::code)
		.toList();

	public static final ContractField<Integer> AGE = ContractField.wholeNumber("age", REQUIRED,
			AssessmentContract.AGE.min(), AssessmentContract.AGE.max());

	public static final ContractField<Integer> WEIGHT_KG = ContractField.wholeNumber("weightKg", OPTIONAL,
			AssessmentReader.MIN_WEIGHT_KG, AssessmentReader.MAX_WEIGHT_KG);

	public static final ContractField<Set<History>> HISTORY = ContractField.codes("history", History.class);

	/** "Not sure" is read as pregnant, with the week unknown: the strictest reading. */
	public static final ContractField<Boolean> PREGNANT = ContractField.yesNo("pregnant", OPTIONAL_OR_NOT_SURE);

	/**
	 * "Not sure", like a week left out with {@code pregnant: true}, is read as late
	 * pregnancy: the strictest reading.
	 */
	public static final ContractField<Integer> PREGNANCY_WEEKS = ContractField.wholeNumber("pregnancyWeeks",
			OPTIONAL_OR_NOT_SURE, AssessmentContract.PREGNANCY_WEEKS.min(), AssessmentContract.PREGNANCY_WEEKS.max());

	/** The moment to answer for; the caller's clock when not given. */
	public static final ContractField<Instant> NOW = ContractField.dateTime("now", OPTIONAL);

	public static final ContractField<JsonNode> DOSES = ContractField.objects("doses", MedicineCheckReader.MAX_DOSES,
			"doses, each with medicine, mg and takenAt");

	/** The active ingredient, one the guard checks. */
	public static final ContractField<Medicine> DOSE_MEDICINE = ContractField.code("doses[].medicine", REQUIRED,
			DOSE_CHECKED, MedicineCheckReader::doseChecked);

	public static final ContractField<Integer> DOSE_MG = ContractField.wholeNumber("doses[].mg", REQUIRED, 1,
			MedicineCheckReader.MAX_DOSE_MG);

	public static final ContractField<Instant> DOSE_TAKEN_AT = ContractField.dateTime("doses[].takenAt", REQUIRED);

	/** The product's name as the person calls it. */
	public static final ContractField<String> DOSE_PRODUCT = ContractField.text("doses[].product", OPTIONAL,
			MedicineCheckReader.MAX_PRODUCT_LENGTH);

	/** Every field of the contract, each array of objects followed by their fields. */
	public static final List<ContractField<?>> FIELDS = List.of(AGE, WEIGHT_KG, HISTORY, PREGNANT, PREGNANCY_WEEKS, NOW,
			DOSES, DOSE_MEDICINE, DOSE_MG, DOSE_TAKEN_AT, DOSE_PRODUCT);

	private MedicineCheckContract() {
	}

}
