package org.backstop.app.diary;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.backstop.app.diary.DiaryEntry.Details;
import org.backstop.app.diary.DiaryEntry.MedicineTaken;
import org.backstop.app.diary.DiaryEntry.TreatmentDone;
import org.backstop.core.assessment.Medicine;
import org.backstop.core.assessment.Mobility;
import org.backstop.core.assessment.Region;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.json.Coded;
import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.Checked;

/**
 * Reads diary entries and days from JSON, strictly: unknown fields and codes are refused,
 * every problem is named by its field, and nothing is stored unless all is well.
 */
final class DiaryReader {

	/** A clock a few minutes fast on a phone must not refuse "now". */
	static final Duration FUTURE_SLACK = Duration.ofMinutes(5);

	static final int MAX_TREATMENTS = 20;

	static final int MAX_MEDICINES = 10;

	static final int MAX_NOTES = 1000;

	static final int MAX_NAME = 60;

	static final int MAX_FACTOR_NAME = 40;

	/** The largest single amount of any medicine Backstop knows, with room to spare. */
	static final int MAX_MG = 5000;

	static final Coded.Codes<Region> REGIONS = Coded.codes(Region.class);

	static final Coded.Codes<Mobility> MOBILITIES = Coded.codes(Mobility.class);

	static final Coded.Codes<Symptom> SYMPTOMS = Coded.codes(Symptom.class);

	static final Coded.Codes<Medicine> MEDICINES = Coded.codes(Medicine.class);

	static final Set<String> ENTRY_FIELDS = Set.of("at", "timeZone", "pain", "spasms", "region", "mobility",
			"treatments", "medicines", "symptoms", "symptomsNotSure", "notes");

	private static final Set<String> TREATMENT_FIELDS = Set.of("name", "painBefore", "painAfter");

	private static final Set<String> MEDICINE_FIELDS = Set.of("medicine", "mg");

	static final Set<String> DAY_FIELDS = Set.of("sleepHours", "sleepQuality", "sleepPosition", "mattress",
			"waterGlasses", "sittingHours", "lifting", "exerciseMinutes", "stress", "alcoholUnits", "notes",
			"personal");

	private DiaryReader() {
	}

	/**
	 * An entry. {@code at} defaults to now and {@code timeZone} to {@code defaultZone}
	 * (the zone of the person's latest entry, or UTC).
	 */
	static Checked<Details> entry(JsonNode tree, Instant now, ZoneId defaultZone) {
		JsonFields fields = new JsonFields("", new ArrayList<>());
		if (!fields.requireObject(tree, "one diary entry")) {
			return Checked.invalid(fields.violations());
		}
		fields.rejectUnknown(tree, ENTRY_FIELDS);
		Instant at = fields.optionalInstant(tree, "at");
		if (at != null && at.isAfter(now.plus(FUTURE_SLACK))) {
			fields.fail("at", "diary.in_future", "is in the future; log what has happened");
			at = null;
		}
		ZoneId zone = zone(fields, tree, "timeZone");
		Integer pain = fields.optionalInt(tree, "pain", 0, 10);
		Integer spasms = fields.optionalInt(tree, "spasms", 0, 100);
		Region region = fields.optionalCode(tree, "region", REGIONS);
		Mobility mobility = fields.optionalCode(tree, "mobility", MOBILITIES);
		List<TreatmentDone> treatments = treatments(fields, tree);
		List<MedicineTaken> medicines = medicines(fields, tree);
		Set<Symptom> symptoms = fields.codeSet(tree, "symptoms", SYMPTOMS, Symptom.class);
		Set<Symptom> notSure = fields.codeSet(tree, "symptomsNotSure", SYMPTOMS, Symptom.class);
		for (Symptom symptom : notSure) {
			if (symptoms.contains(symptom)) {
				fields.fail("symptomsNotSure", "code.in_both_lists", "''{0}'' is also in {1}; give it in one list only",
						symptom.code(), "symptoms");
			}
		}
		String notes = fields.optionalText(tree, "notes", MAX_NOTES);
		if (fields.violations().isEmpty() && pain == null && spasms == null && treatments.isEmpty()
				&& medicines.isEmpty() && symptoms.isEmpty() && notSure.isEmpty() && notes == null) {
			fields.failHere("diary.entry_empty",
					"an entry needs at least one of pain, spasms, treatments, medicines, symptoms or notes");
		}
		if (!fields.violations().isEmpty()) {
			return Checked.invalid(fields.violations());
		}
		return Checked.valid(new Details((at != null) ? at : now, (zone != null) ? zone : defaultZone, pain, spasms,
				region, mobility, treatments, medicines, symptoms, notSure, notes));
	}

	/**
	 * A day's factors. {@code personalNames} are the factors the person has defined; any
	 * other name under {@code personal} is refused.
	 */
	static Checked<DayFactors> day(JsonNode tree, LocalDate date, Set<String> personalNames) {
		JsonFields fields = new JsonFields("", new ArrayList<>());
		if (!fields.requireObject(tree, "the factors of one day")) {
			return Checked.invalid(fields.violations());
		}
		fields.rejectUnknown(tree, DAY_FIELDS);
		BigDecimal sleepHours = halfHours(fields, tree, "sleepHours");
		SleepQuality quality = fields.optionalCode(tree, "sleepQuality", SleepQuality.CODES);
		SleepPosition position = fields.optionalCode(tree, "sleepPosition", SleepPosition.CODES);
		Mattress mattress = fields.optionalCode(tree, "mattress", Mattress.CODES);
		Integer water = fields.optionalInt(tree, "waterGlasses", 0, 40);
		BigDecimal sitting = halfHours(fields, tree, "sittingHours");
		Boolean lifting = fields.optionalBoolean(tree, "lifting");
		Integer exercise = fields.optionalInt(tree, "exerciseMinutes", 0, 1440);
		Integer stress = fields.optionalInt(tree, "stress", 0, 10);
		Integer alcohol = fields.optionalInt(tree, "alcoholUnits", 0, 100);
		String notes = fields.optionalText(tree, "notes", MAX_NOTES);
		Map<String, Boolean> personal = new LinkedHashMap<>();
		JsonFields personalFields = fields.object(tree, "personal", false, personalNames);
		if (personalFields != null) {
			JsonNode node = tree.get("personal");
			for (String name : node.propertyNames()) {
				if (personalNames.contains(name)) {
					Boolean present = personalFields.optionalBoolean(node, name);
					if (present != null) {
						personal.put(name, present);
					}
				}
			}
		}
		if (!fields.violations().isEmpty()) {
			return Checked.invalid(fields.violations());
		}
		return Checked.valid(new DayFactors(date, sleepHours, quality, position, mattress, water, sitting, lifting,
				exercise, stress, alcohol, notes, personal));
	}

	/** A personal factor's name: 1 to 40 characters. */
	static Checked<String> factorName(JsonNode tree) {
		JsonFields fields = new JsonFields("", new ArrayList<>());
		if (fields.requireObject(tree, "the field name")) {
			fields.rejectUnknown(tree, Set.of("name"));
		}
		String name = fields.violations().isEmpty() ? fields.requiredText(tree, "name", MAX_FACTOR_NAME) : null;
		return fields.violations().isEmpty() ? Checked.valid(name) : Checked.invalid(fields.violations());
	}

	/**
	 * An IANA region time zone such as {@code Europe/Madrid}, or UTC; {@code null} when
	 * absent or refused.
	 */
	static ZoneId zone(JsonFields fields, JsonNode tree, String name) {
		String text = fields.optionalText(tree, name, 64);
		if (text == null) {
			return null;
		}
		if (!JsonFields.isRegionZone(text)) {
			fields.fail(name, "time_zone.unknown", "unknown time zone ''{0}''; use a name such as Europe/Madrid or UTC",
					text);
			return null;
		}
		return ZoneId.of(text);
	}

	private static List<TreatmentDone> treatments(JsonFields fields, JsonNode tree) {
		List<TreatmentDone> done = new ArrayList<>();
		JsonNode array = fields.array(tree, "treatments", MAX_TREATMENTS, "treatments done");
		for (int i = 0; array != null && i < array.size(); i++) {
			JsonFields item = fields.item("treatments", i);
			JsonNode node = array.get(i);
			if (!item.requireObject(node, "name, and painBefore and painAfter when known")) {
				continue;
			}
			item.rejectUnknown(node, TREATMENT_FIELDS);
			String name = item.requiredText(node, "name", MAX_NAME);
			if (name != null && name.contains(";")) {
				// ";" separates treatments in a CSV cell
				item.fail("name", "diary.name_semicolon", "must not contain a semicolon (;)");
				name = null;
			}
			Integer before = item.optionalInt(node, "painBefore", 0, 10);
			Integer after = item.optionalInt(node, "painAfter", 0, 10);
			if (name != null) {
				done.add(new TreatmentDone(name, before, after));
			}
		}
		return done;
	}

	private static List<MedicineTaken> medicines(JsonFields fields, JsonNode tree) {
		List<MedicineTaken> taken = new ArrayList<>();
		JsonNode array = fields.array(tree, "medicines", MAX_MEDICINES, "medicines taken");
		for (int i = 0; array != null && i < array.size(); i++) {
			JsonFields item = fields.item("medicines", i);
			JsonNode node = array.get(i);
			if (!item.requireObject(node, "medicine and mg")) {
				continue;
			}
			item.rejectUnknown(node, MEDICINE_FIELDS);
			Medicine medicine = item.requiredCode(node, "medicine", MEDICINES);
			Integer mg = item.requiredInt(node, "mg", 1, MAX_MG);
			if (medicine != null && mg != null) {
				taken.add(new MedicineTaken(medicine, mg));
			}
		}
		return taken;
	}

	/** Hours from 0 to 24 in steps of half an hour, such as 6.5. */
	private static BigDecimal halfHours(JsonFields fields, JsonNode tree, String name) {
		JsonNode value = tree.get(name);
		if (JsonFields.isAbsent(value)) {
			return null;
		}
		BigDecimal hours = value.isNumber() ? value.decimalValue() : null;
		if (hours == null || hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0
				|| hours.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
			fields.fail(name, "diary.half_hours", "must be a number of hours from 0 to 24, in half hours such as 6.5");
			return null;
		}
		return hours.setScale(1);
	}

}
