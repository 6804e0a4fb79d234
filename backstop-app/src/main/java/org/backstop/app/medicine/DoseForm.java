package org.backstop.app.medicine;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.util.MultiValueMap;

import org.backstop.core.json.StrictJson;
import org.backstop.core.problem.Violation;

/**
 * What the dose page's form holds, as typed, and the medicine check JSON built from it.
 * The page only turns form text into the contract's shape (a number where it is one, a
 * browser's local time plus a time zone into a time with an offset); every rule about the
 * values is the core's {@code MedicineCheckReader}, so the page refuses exactly what the
 * API refuses.
 * <p>
 * Form fields: {@code age}, {@code weightKg}, {@code pregnant}, {@code pregnancyWeeks},
 * {@code history} (repeated), {@code timeZone}, and for each row
 * {@code doses[i].medicine}, {@code doses[i].mg}, {@code doses[i].takenAt} (a
 * {@code datetime-local} value) and {@code doses[i].product}.
 *
 * @param age as typed
 * @param weightKg as typed
 * @param pregnant whether ticked
 * @param pregnancyWeeks as typed
 * @param history the ticked history codes
 * @param timeZone the zone the rows' times are in
 * @param rows the dose rows, empty ones included
 */
record DoseForm(String age, String weightKg, boolean pregnant, String pregnancyWeeks, List<String> history,
		String timeZone, List<Row> rows) {

	/** Rows shown on an empty form. */
	static final int EMPTY_ROWS = 3;

	/** Most rows the page keeps; the API takes more. */
	static final int MAX_ROWS = 30;

	/** The history codes that change what a pain medicine may do, in this order. */
	static final List<String> HISTORY = List.of("stomach_ulcer", "kidney_disease", "heart_disease", "anticoagulants",
			"asthma_nsaid_sensitive", "liver_disease", "heavy_alcohol", "smoker");

	private static final Pattern ROW_FIELD = Pattern.compile("doses\\[(\\d{1,3})\\]\\.(medicine|mg|takenAt|product)");

	private static final Pattern DOSE_PATH = Pattern.compile("doses\\[(\\d+)\\]\\.?(.*)");

	/** One row of the form, as typed. */
	record Row(String medicine, String mg, String takenAt, String product) {

		static final Row EMPTY = new Row("", "", "", "");

		boolean isEmpty() {
			return this.medicine.isBlank() && this.mg.isBlank() && this.takenAt.isBlank() && this.product.isBlank();
		}

	}

	static DoseForm empty(ZoneId zone) {
		return new DoseForm("", "", false, "", List.of(), zone.getId(), rows(List.of(), EMPTY_ROWS));
	}

	/** The form as posted, with at least {@code minRows} rows. */
	static DoseForm of(MultiValueMap<String, String> fields, ZoneId defaultZone, int extraRows) {
		Map<Integer, String[]> typed = new LinkedHashMap<>();
		int highest = -1;
		for (Map.Entry<String, List<String>> entry : fields.entrySet()) {
			Matcher matcher = ROW_FIELD.matcher(entry.getKey());
			if (matcher.matches()) {
				int index = Integer.parseInt(matcher.group(1));
				if (index < MAX_ROWS) {
					String[] row = typed.computeIfAbsent(index, (i) -> new String[] { "", "", "", "" });
					row[List.of("medicine", "mg", "takenAt", "product").indexOf(matcher.group(2))] = first(
							entry.getValue());
					highest = Math.max(highest, index);
				}
			}
		}
		List<Row> given = new ArrayList<>();
		for (int i = 0; i <= highest; i++) {
			String[] row = typed.getOrDefault(i, new String[] { "", "", "", "" });
			given.add(new Row(row[0], row[1], row[2], row[3]));
		}
		int count = Math.min(MAX_ROWS, Math.max(EMPTY_ROWS, given.size()) + extraRows);
		String zone = text(fields, "timeZone");
		List<String> history = fields.getOrDefault("history", List.of())
			.stream()
			.map(String::strip)
			.filter((code) -> !code.isEmpty())
			.distinct()
			.toList();
		return new DoseForm(text(fields, "age"), text(fields, "weightKg"), fields.containsKey("pregnant"),
				text(fields, "pregnancyWeeks"), history, zone.isEmpty() ? defaultZone.getId() : zone,
				rows(given, count));
	}

	/**
	 * The JSON of the medicine check contract, with the moment left to the caller's
	 * clock. Problems only the page can have (an unknown time zone, a time the browser
	 * should not have sent) go to {@code violations} under the contract's field names.
	 */
	ObjectNode toJson(List<Violation> violations, List<Integer> rowOfDose) {
		ObjectNode json = StrictJson.mapper().createObjectNode();
		putNumber(json, "age", this.age);
		putNumber(json, "weightKg", this.weightKg);
		if (!this.history.isEmpty()) {
			ArrayNode codes = json.putArray("history");
			this.history.forEach(codes::add);
		}
		if (this.pregnant) {
			json.put("pregnant", true);
		}
		putNumber(json, "pregnancyWeeks", this.pregnancyWeeks);
		ZoneId zone = zone(violations);
		ArrayNode doses = json.putArray("doses");
		for (int i = 0; i < this.rows.size(); i++) {
			Row row = this.rows.get(i);
			if (row.isEmpty()) {
				continue;
			}
			int index = doses.size();
			rowOfDose.add(i);
			ObjectNode dose = doses.addObject();
			if (!row.medicine().isBlank()) {
				dose.put("medicine", row.medicine().strip());
			}
			putNumber(dose, "mg", row.mg());
			if (!row.takenAt().isBlank()) {
				try {
					ZonedDateTime taken = LocalDateTime.parse(row.takenAt().strip()).atZone(zone);
					dose.put("takenAt", taken.toOffsetDateTime().toString());
				}
				catch (DateTimeParseException ex) {
					violations.add(Violation.of("doses[" + index + "].takenAt", "form.date_time",
							"must be a date and a time, such as 2025-03-10T08:30"));
				}
			}
			if (!row.product().isBlank()) {
				dose.put("product", row.product().strip());
			}
		}
		return json;
	}

	/** The zone of the rows' times; an unknown zone is a problem, and UTC stands in. */
	ZoneId zone(List<Violation> violations) {
		try {
			return ZoneId.of(this.timeZone.strip());
		}
		catch (DateTimeException ex) {
			if (violations != null) {
				violations.add(Violation.of("timeZone", "time_zone.unknown",
						"unknown time zone ''{0}''; use a name such as Europe/Madrid or UTC",
						abbreviate(this.timeZone)));
			}
			return ZoneId.of("UTC");
		}
	}

	/**
	 * The id of the form control a problem belongs to: the contract's field paths name
	 * doses by their place among the filled rows, the page by the row.
	 */
	static String controlOf(String field, List<Integer> rowOfDose) {
		Matcher dose = DOSE_PATH.matcher(field);
		if (dose.matches()) {
			int index = Integer.parseInt(dose.group(1));
			if (index < rowOfDose.size()) {
				String part = dose.group(2).isEmpty() ? "medicine" : dose.group(2).replaceFirst("[.\\[].*$", "");
				return "dose-" + rowOfDose.get(index) + "-" + part;
			}
		}
		if (field.startsWith("history")) {
			return "dose-history";
		}
		if (field.equals("doses")) {
			return "dose-rows";
		}
		return "dose-" + field.replaceFirst("[.\\[].*$", "");
	}

	/** The row (from 0) of a control id, or -1 for the person's own fields. */
	static int rowOf(String control) {
		Matcher row = Pattern.compile("dose-(\\d+)-.*").matcher(control);
		return row.matches() ? Integer.parseInt(row.group(1)) : -1;
	}

	/** The form's field a control id stands for, such as {@code mg} or {@code age}. */
	static String fieldOf(String control) {
		return control.replaceFirst("^dose-(\\d+-)?", "");
	}

	/**
	 * A whole number goes in as a number; anything else goes in as typed, so that the
	 * core names the field and says what it must be.
	 */
	private static void putNumber(ObjectNode json, String name, String typed) {
		String value = typed.strip();
		if (value.isEmpty()) {
			return;
		}
		try {
			json.put(name, Integer.parseInt(value));
		}
		catch (NumberFormatException ex) {
			json.put(name, value);
		}
	}

	private static List<Row> rows(List<Row> given, int count) {
		List<Row> rows = new ArrayList<>(given);
		while (rows.size() < count) {
			rows.add(Row.EMPTY);
		}
		return List.copyOf(rows.subList(0, count));
	}

	private static String text(MultiValueMap<String, String> fields, String name) {
		return first(fields.get(name));
	}

	private static String first(List<String> values) {
		return (values == null || values.isEmpty() || values.get(0) == null) ? "" : values.get(0);
	}

	private static String abbreviate(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 40) + "...";
	}

}
