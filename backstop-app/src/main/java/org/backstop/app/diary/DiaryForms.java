package org.backstop.app.diary;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.backstop.core.assessment.Symptom;
import org.backstop.core.json.Coded;
import org.backstop.app.system.ProblemTexts;
import org.backstop.core.json.StrictJson;
import org.backstop.core.problem.Violation;

/**
 * The diary page's forms, turned into the API's JSON so that the service reads a form
 * exactly as it reads a request, and back into what the person typed so that nothing is
 * lost when a field needs fixing. A form keeps every value as typed, as text.
 */
final class DiaryForms {

	/** Rows for treatments and for medicines on the full entry form. */
	static final int TREATMENT_ROWS = 3;

	static final int MEDICINE_ROWS = 2;

	static final List<String> DAY_FIELDS = List.of("sleepHours", "sleepQuality", "sleepPosition", "mattress",
			"waterGlasses", "sittingHours", "lifting", "exerciseMinutes", "stress", "alcoholUnits", "notes");

	static final List<String> ENTRY_FIELDS = List.of("date", "time", "timeZone", "pain", "spasms", "region", "mobility",
			"notes");

	/** A warning sign's answer on the form: seen, or not sure; blank is not seen. */
	static final String SEEN = "seen";

	static final String NOT_SURE = "not_sure";

	private static final Pattern ROW_FIELD = Pattern.compile("^(treatments|medicines)\\[(\\d+)\\](?:\\.(\\w+))?$");

	private DiaryForms() {
	}

	/** A zone the reader takes (an IANA region or UTC), else {@code null}. */
	static ZoneId zoneOrNull(String text) {
		if (text == null || text.isBlank() || (!text.contains("/") && !"UTC".equals(text.strip()))) {
			return null;
		}
		try {
			return ZoneId.getAvailableZoneIds().contains(text.strip()) ? ZoneId.of(text.strip()) : null;
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** "Spasm now, pain N": the quick log, in the browser's zone when it is known. */
	static ObjectNode quick(Map<String, String> fields) {
		ObjectNode json = StrictJson.mapper().createObjectNode();
		json.put("spasms", 1);
		putNumber(json, "pain", text(fields, "pain"));
		ZoneId zone = zoneOrNull(text(fields, "timeZone"));
		if (zone != null) {
			json.put("timeZone", zone.getId());
		}
		return json;
	}

	// Daily factors

	static Map<String, String> emptyDay(LocalDate date) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("date", date.toString());
		DAY_FIELDS.forEach((name) -> form.put(name, ""));
		return form;
	}

	static Map<String, String> dayForm(DayFactors day) {
		Map<String, String> form = emptyDay(day.date());
		form.put("sleepHours", plain(day.sleepHours()));
		form.put("sleepQuality", code(day.sleepQuality()));
		form.put("sleepPosition", code(day.sleepPosition()));
		form.put("mattress", code(day.mattress()));
		form.put("waterGlasses", plain(day.waterGlasses()));
		form.put("sittingHours", plain(day.sittingHours()));
		form.put("lifting", yesNo(day.lifting()));
		form.put("exerciseMinutes", plain(day.exerciseMinutes()));
		form.put("stress", plain(day.stress()));
		form.put("alcoholUnits", plain(day.alcoholUnits()));
		form.put("notes", (day.notes() != null) ? day.notes() : "");
		day.personal().forEach((name, present) -> form.put(personalField(name), yesNo(present)));
		return form;
	}

	/** What was typed into the day form, every field as text. */
	static Map<String, String> dayEcho(Map<String, String> fields, Set<String> personal) {
		Map<String, String> form = emptyDay(LocalDate.EPOCH);
		form.put("date", text(fields, "date"));
		DAY_FIELDS.forEach((name) -> form.put(name, text(fields, name)));
		personal.forEach((name) -> form.put(personalField(name), text(fields, personalField(name))));
		return form;
	}

	static ObjectNode dayJson(Map<String, String> form, Set<String> personal) {
		ObjectNode json = StrictJson.mapper().createObjectNode();
		putDecimal(json, "sleepHours", form.get("sleepHours"));
		putText(json, "sleepQuality", form.get("sleepQuality"));
		putText(json, "sleepPosition", form.get("sleepPosition"));
		putText(json, "mattress", form.get("mattress"));
		putNumber(json, "waterGlasses", form.get("waterGlasses"));
		putDecimal(json, "sittingHours", form.get("sittingHours"));
		putYesNo(json, "lifting", form.get("lifting"));
		putNumber(json, "exerciseMinutes", form.get("exerciseMinutes"));
		putNumber(json, "stress", form.get("stress"));
		putNumber(json, "alcoholUnits", form.get("alcoholUnits"));
		putText(json, "notes", form.get("notes"));
		ObjectNode present = StrictJson.mapper().createObjectNode();
		personal.forEach((name) -> putYesNo(present, name, form.get(personalField(name))));
		if (!present.isEmpty()) {
			json.set("personal", present);
		}
		return json;
	}

	/** The form field of a personal factor: its name cannot clash with a built-in one. */
	static String personalField(String name) {
		return DailyFactor.PERSONAL_PREFIX + name;
	}

	// Entries

	/** A new entry, now, in the zone the person's day is counted in. */
	static Map<String, String> emptyEntry(ZonedDateTime now) {
		Map<String, String> form = new LinkedHashMap<>();
		ENTRY_FIELDS.forEach((name) -> form.put(name, ""));
		form.put("date", now.toLocalDate().toString());
		form.put("time", now.toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString());
		form.put("timeZone", now.getZone().getId());
		for (int i = 0; i < TREATMENT_ROWS; i++) {
			form.put("treatmentName" + i, "");
			form.put("treatmentBefore" + i, "");
			form.put("treatmentAfter" + i, "");
		}
		for (int i = 0; i < MEDICINE_ROWS; i++) {
			form.put("medicine" + i, "");
			form.put("mg" + i, "");
		}
		for (Symptom symptom : Symptom.values()) {
			form.put(symptomField(symptom.code()), "");
		}
		return form;
	}

	static Map<String, String> entryForm(DiaryEntry entry) {
		DiaryEntry.Details d = entry.what();
		Map<String, String> form = emptyEntry(d.loggedAt().atZone(d.timeZone()));
		form.put("pain", plain(d.pain()));
		form.put("spasms", plain(d.spasms()));
		form.put("region", code(d.region()));
		form.put("mobility", code(d.mobility()));
		form.put("notes", (d.notes() != null) ? d.notes() : "");
		for (int i = 0; i < Math.min(TREATMENT_ROWS, d.treatments().size()); i++) {
			DiaryEntry.TreatmentDone t = d.treatments().get(i);
			form.put("treatmentName" + i, t.name());
			form.put("treatmentBefore" + i, plain(t.painBefore()));
			form.put("treatmentAfter" + i, plain(t.painAfter()));
		}
		for (int i = 0; i < Math.min(MEDICINE_ROWS, d.medicines().size()); i++) {
			form.put("medicine" + i, d.medicines().get(i).medicine().code());
			form.put("mg" + i, String.valueOf(d.medicines().get(i).mg()));
		}
		d.symptoms().forEach((s) -> form.put(symptomField(s.code()), SEEN));
		d.symptomsNotSure().forEach((s) -> form.put(symptomField(s.code()), NOT_SURE));
		return form;
	}

	static Map<String, String> entryEcho(Map<String, String> fields) {
		Map<String, String> form = emptyEntry(ZonedDateTime.now(ZoneId.of("UTC")));
		form.replaceAll((name, value) -> text(fields, name));
		return form;
	}

	static String symptomField(String code) {
		return "symptom." + code;
	}

	/**
	 * The entry's JSON. {@code rows} learns which form row each treatment and medicine
	 * came from, as blank rows are left out; problems only the form can have go to
	 * {@code violations}.
	 */
	static ObjectNode entryJson(Map<String, String> form, ZoneId defaultZone, List<Violation> violations,
			Map<String, Integer> rows) {
		ObjectNode json = StrictJson.mapper().createObjectNode();
		ZoneId zone = zoneOrNull(form.get("timeZone"));
		putText(json, "timeZone", form.get("timeZone"));
		try {
			LocalDate date = LocalDate.parse(form.get("date").strip());
			LocalTime time = LocalTime.parse(form.get("time").strip());
			json.put("at", date.atTime(time).atZone((zone != null) ? zone : defaultZone).toOffsetDateTime().toString());
		}
		catch (DateTimeParseException ex) {
			violations.add(Violation.of("at", "diary.date_time", "give the date and the time, such as {0} and {1}",
					"2026-12-04", "21:30"));
		}
		putNumber(json, "pain", form.get("pain"));
		putNumber(json, "spasms", form.get("spasms"));
		putText(json, "region", form.get("region"));
		putText(json, "mobility", form.get("mobility"));
		putText(json, "notes", form.get("notes"));
		for (int i = 0; i < TREATMENT_ROWS; i++) {
			String name = form.get("treatmentName" + i);
			String before = form.get("treatmentBefore" + i);
			String after = form.get("treatmentAfter" + i);
			if (name.isBlank() && before.isBlank() && after.isBlank()) {
				continue;
			}
			rows.put("treatments[" + array(json, "treatments").size() + "]", i);
			ObjectNode treatment = array(json, "treatments").addObject();
			putText(treatment, "name", name);
			putNumber(treatment, "painBefore", before);
			putNumber(treatment, "painAfter", after);
		}
		for (int i = 0; i < MEDICINE_ROWS; i++) {
			String medicine = form.get("medicine" + i);
			String mg = form.get("mg" + i);
			if (medicine.isBlank() && mg.isBlank()) {
				continue;
			}
			rows.put("medicines[" + array(json, "medicines").size() + "]", i);
			ObjectNode taken = array(json, "medicines").addObject();
			putText(taken, "medicine", medicine);
			putNumber(taken, "mg", mg);
		}
		for (Symptom symptom : Symptom.values()) {
			String answer = form.get(symptomField(symptom.code()));
			if (SEEN.equals(answer)) {
				array(json, "symptoms").add(symptom.code());
			}
			else if (NOT_SURE.equals(answer)) {
				array(json, "symptomsNotSure").add(symptom.code());
			}
		}
		return json;
	}

	/**
	 * The first problem of each form field, by the field's name on the form:
	 * {@code treatments[0].painAfter} of the second row is {@code treatmentAfter1}.
	 */
	static Map<String, String> errors(List<Violation> violations, Map<String, Integer> rows, ProblemTexts texts,
			Locale locale) {
		return texts.byField(violations, (field) -> formField(field, rows), locale);
	}

	private static String formField(String field, Map<String, Integer> rows) {
		Matcher row = ROW_FIELD.matcher(field);
		if (!row.matches()) {
			if (field.startsWith("personal.")) {
				return personalField(field.substring("personal.".length()));
			}
			return field.isEmpty() ? "$" : field;
		}
		int index = rows.getOrDefault(row.group(1) + "[" + row.group(2) + "]", 0);
		String part = (row.group(3) != null) ? row.group(3) : "";
		if ("treatments".equals(row.group(1))) {
			return switch (part) {
				case "painBefore" -> "treatmentBefore" + index;
				case "painAfter" -> "treatmentAfter" + index;
				default -> "treatmentName" + index;
			};
		}
		return "mg".equals(part) ? "mg" + index : "medicine" + index;
	}

	// Small helpers

	private static ArrayNode array(ObjectNode json, String name) {
		return json.has(name) ? (ArrayNode) json.get(name) : json.putArray(name);
	}

	static String text(Map<String, String> fields, String name) {
		String value = fields.get(name);
		return (value != null) ? value : "";
	}

	private static void putText(ObjectNode json, String name, String typed) {
		if (typed != null && !typed.isBlank()) {
			json.put(name, typed.strip());
		}
	}

	private static void putNumber(ObjectNode json, String name, String typed) {
		if (typed == null || typed.isBlank()) {
			return;
		}
		try {
			json.put(name, Integer.parseInt(typed.strip()));
		}
		catch (NumberFormatException ex) {
			json.put(name, typed.strip());
		}
	}

	private static void putDecimal(ObjectNode json, String name, String typed) {
		if (typed == null || typed.isBlank()) {
			return;
		}
		try {
			json.put(name, new BigDecimal(typed.strip().replace(',', '.')));
		}
		catch (NumberFormatException ex) {
			json.put(name, typed.strip());
		}
	}

	private static void putYesNo(ObjectNode json, String name, String typed) {
		if ("yes".equals(typed)) {
			json.put(name, true);
		}
		else if ("no".equals(typed)) {
			json.put(name, false);
		}
	}

	private static String yesNo(Boolean value) {
		return (value == null) ? "" : (value ? "yes" : "no");
	}

	private static String plain(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		return (value != null) ? value.toString() : "";
	}

	private static String code(Coded coded) {
		return (coded != null) ? coded.code() : "";
	}

	static List<String> codes(Coded.Codes<?> codes) {
		return new ArrayList<>(codes.allowed());
	}

}
