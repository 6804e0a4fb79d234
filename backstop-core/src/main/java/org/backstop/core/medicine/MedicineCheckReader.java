package org.backstop.core.medicine;

import static org.backstop.core.medicine.MedicineCheckContract.AGE;
import static org.backstop.core.medicine.MedicineCheckContract.DOSES;
import static org.backstop.core.medicine.MedicineCheckContract.DOSE_MEDICINE;
import static org.backstop.core.medicine.MedicineCheckContract.DOSE_MG;
import static org.backstop.core.medicine.MedicineCheckContract.DOSE_PRODUCT;
import static org.backstop.core.medicine.MedicineCheckContract.DOSE_TAKEN_AT;
import static org.backstop.core.medicine.MedicineCheckContract.HISTORY;
import static org.backstop.core.medicine.MedicineCheckContract.NOW;
import static org.backstop.core.medicine.MedicineCheckContract.PREGNANCY_WEEKS;
import static org.backstop.core.medicine.MedicineCheckContract.PREGNANT;
import static org.backstop.core.medicine.MedicineCheckContract.WEIGHT_KG;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.backstop.core.json.StrictJson;
import org.backstop.core.assessment.AssessmentReader;
import org.backstop.core.assessment.ContractField;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Medicine;
import org.backstop.core.assessment.Question;
import org.backstop.core.json.Coded;
import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.Checked;

/**
 * Checks a JSON tree against the medicine check contract and builds the
 * {@link MedicineCheckRequest}, reporting every problem with its field path (such as
 * {@code doses[2].takenAt}). It reads exactly as the assessment reader does: unknown
 * fields and unknown codes are errors, never skipped, since a dose quietly dropped would
 * make the daily total look lower than it is.
 */
public final class MedicineCheckReader {

	/** Most doses in one check: 14 days of a dose every two hours, and then some. */
	public static final int MAX_DOSES = 200;

	/** Largest credible single dose of any of the medicines, mg. */
	public static final int MAX_DOSE_MG = 5000;

	/** Longest product name, in characters. */
	public static final int MAX_PRODUCT_LENGTH = 100;

	/** A dose may be logged this far ahead of now, for clocks that differ a little. */
	public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);

	private static final Set<String> ROOT_FIELDS = ContractField.namesIn(MedicineCheckContract.FIELDS, "");

	private static final Set<String> DOSE_FIELDS = ContractField.namesIn(MedicineCheckContract.FIELDS,
			DOSES.innerPath());

	private static final Coded.Codes<Medicine> MEDICINES = Coded.codes(Medicine.class);

	private MedicineCheckReader() {
	}

	/**
	 * Reads a check from JSON text of at most 64 KiB; {@code clock} is now by default.
	 */
	public static Checked<MedicineCheckRequest> read(byte[] json, Instant clock) {
		Checked<JsonNode> tree = StrictJson.parse(json, StrictJson.MAX_DOCUMENT_BYTES);
		return tree.isValid() ? read(tree.value(), clock) : Checked.invalid(tree.violations());
	}

	/**
	 * Reads a check from a JSON tree; {@code clock} is the moment to answer for unless
	 * the input gives {@code now}.
	 */
	public static Checked<MedicineCheckRequest> read(JsonNode node, Instant clock) {
		return read(node, "", clock);
	}

	/**
	 * As {@link #read(JsonNode, Instant)}, with field paths starting with {@code prefix},
	 * for example {@code [3]} for the fourth item of an array.
	 */
	public static Checked<MedicineCheckRequest> read(JsonNode node, String prefix, Instant clock) {
		JsonFields root = new JsonFields(prefix, new ArrayList<>());
		if (!root.requireObject(node, "one medicine check")) {
			return Checked.invalid(root.violations());
		}
		root.rejectUnknown(node, ROOT_FIELDS);
		Integer age = AGE.read(root, node);
		Integer weightKg = WEIGHT_KG.read(root, node);
		Set<History> history = HISTORY.read(root, node);
		// "Not sure" is read as pregnant, with the week unknown: the strictest reading.
		Set<Question> notSure = EnumSet.noneOf(Question.class);
		JsonFields.Answer<Boolean> pregnancy = PREGNANT.answer(root, node);
		if (pregnancy.notSure()) {
			notSure.add(Question.PREGNANT);
		}
		Boolean pregnant = pregnancy.notSure() ? Boolean.TRUE : pregnancy.value();
		JsonFields.Answer<Integer> weeks = PREGNANCY_WEEKS.answer(root, node);
		Integer pregnancyWeeks = weeks.value();
		AssessmentReader.checkPregnancy(root, node, null, pregnancy.value(), pregnancyWeeks);
		if (pregnancy.notSure() && !JsonFields.isAbsent(node.get("pregnancyWeeks"))) {
			root.fail("pregnancyWeeks", "pregnancy_weeks.not_pregnant", "is only allowed when pregnant is true");
		}
		// A week not known, "not sure" or left out, is read as late pregnancy, and the
		// request says so (MedicineCheckRequest).
		boolean nowGiven = !JsonFields.isAbsent(node.get(NOW.name()));
		// The clock to the whole second: an answer never says "now" more precisely than a
		// person logs a dose, and rounding down only ever makes the guard wait longer.
		Instant now = nowGiven ? NOW.read(root, node) : clock.truncatedTo(ChronoUnit.SECONDS);
		List<TakenDose> doses = readDoses(root, node, now);
		if (!root.violations().isEmpty()) {
			return Checked.invalid(root.violations());
		}
		return Checked.valid(new MedicineCheckRequest(age, weightKg, history, Boolean.TRUE.equals(pregnant),
				pregnancyWeeks, now, doses, notSure));
	}

	private static List<TakenDose> readDoses(JsonFields root, JsonNode node, Instant now) {
		List<TakenDose> doses = new ArrayList<>();
		JsonNode array = DOSES.read(root, node);
		if (array == null) {
			return doses;
		}
		for (int i = 0; i < array.size(); i++) {
			JsonFields dose = root.item(DOSES.name(), i);
			JsonNode item = array.get(i);
			if (!dose.requireObject(item, "one dose, with medicine, mg and takenAt")) {
				continue;
			}
			dose.rejectUnknown(item, DOSE_FIELDS);
			Medicine medicine = DOSE_MEDICINE.read(dose, item);
			Integer mg = DOSE_MG.read(dose, item);
			Instant takenAt = DOSE_TAKEN_AT.read(dose, item);
			if (takenAt != null && now != null && takenAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
				dose.fail(DOSE_TAKEN_AT.name(), "dose.in_future",
						"is in the future (after {0}); give the time the dose was taken, with its offset",
						now.toString());
				takenAt = null;
			}
			String product = DOSE_PRODUCT.read(dose, item);
			if (medicine != null && mg != null && takenAt != null) {
				doses.add(new TakenDose(medicine, mg, takenAt, product));
			}
		}
		return doses;
	}

	/**
	 * The ingredient of a dose: only the medicines taken by mouth in mg can be checked.
	 */
	static Medicine doseChecked(JsonFields dose, JsonNode item, ContractField<Medicine> field) {
		String allowed = String.join(", ", field.codes());
		JsonNode value = item.get(field.name());
		if (JsonFields.isAbsent(value)) {
			dose.fail(field.name(), "code.required", "is required; allowed: {0}", allowed);
			return null;
		}
		if (!value.isString()) {
			dose.fail(field.name(), "code.not_text", "must be one of the codes (as a string): {0}", allowed);
			return null;
		}
		Medicine medicine = MEDICINES.find(value.stringValue()).orElse(null);
		if (medicine == null) {
			String code = value.stringValue();
			dose.fail(field.name(), "medicine.unknown", "unknown medicine ''{0}''; allowed: {1}",
					(code.length() <= 40) ? code : code.substring(0, 40) + "...", allowed);
			return null;
		}
		if (!medicine.isDoseChecked()) {
			dose.fail(field.name(), "medicine.not_dose_checked",
					"{0} has no milligram dose that Backstop can check; follow its label or your prescriber. Allowed here: {1}",
					medicine.code(), allowed);
			return null;
		}
		return medicine;
	}

}
