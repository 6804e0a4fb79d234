package org.backstop.app.diary;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.backstop.core.json.Coded;
import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/**
 * The diary as CSV, for spreadsheets and for moving a diary between apps. Columns are
 * named as the JSON fields are; lists sit in one cell, separated by {@code "; "}: a
 * treatment as {@code heat_wrap} or {@code heat_wrap: 7 > 4} (pain before and after), a
 * medicine as {@code ibuprofen 400} (mg). A row is turned into the JSON the API takes and
 * read by the same reader, so a file is accepted and refused exactly as the API would;
 * problems name the line and the column.
 */
final class DiaryCsv {

	/**
	 * Columns of an entries file; {@code id} and {@code date} are written, and ignored
	 * when read.
	 */
	static final List<String> ENTRY_COLUMNS = List.of("id", "at", "timeZone", "date", "pain", "spasms", "region",
			"mobility", "treatments", "medicines", "symptoms", "symptomsNotSure", "notes");

	static final List<String> DAY_COLUMNS = List.of("date", "sleepHours", "sleepQuality", "sleepPosition", "mattress",
			"waterGlasses", "sittingHours", "lifting", "exerciseMinutes", "stress", "alcoholUnits", "notes");

	/** A personal factor's column: {@code personal:coffee}. */
	static final String PERSONAL = DailyFactor.PERSONAL_PREFIX;

	/** The largest file taken at once. */
	static final int MAX_BYTES = 2 * 1024 * 1024;

	/** The most rows one file may hold: about three years of five entries a day. */
	static final int MAX_ROWS = 5_000;

	private static final Set<String> NUMBERS = Set.of("pain", "spasms", "sleepHours", "waterGlasses", "sittingHours",
			"exerciseMinutes", "stress", "alcoholUnits");

	private static final Set<String> BOOLEANS = Set.of("lifting");

	private static final Pattern TREATMENT = Pattern.compile("(.+?)(?::\\s*(\\S+)\\s*>\\s*(\\S+))?");

	private static final Pattern MEDICINE = Pattern.compile("(\\S+)\\s+(\\S+)");

	private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(false).get();

	private static final CSVFormat READ = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private DiaryCsv() {
	}

	static String entries(List<DiaryEntry> entries) {
		return write(ENTRY_COLUMNS, (printer) -> {
			for (DiaryEntry entry : entries) {
				EntryView v = EntryView.of(entry);
				printer.printRecord(v.id(), v.at(), v.timeZone(), v.date(), v.pain(), v.spasms(), v.region(),
						v.mobility(),
						v.treatments()
							.stream()
							.map((t) -> (t.painBefore() != null && t.painAfter() != null)
									? t.name() + ": " + t.painBefore() + " > " + t.painAfter() : t.name())
							.collect(Collectors.joining("; ")),
						v.medicines()
							.stream()
							.map((m) -> m.medicine() + " " + m.mg())
							.collect(Collectors.joining("; ")),
						String.join("; ", v.symptoms()), String.join("; ", v.symptomsNotSure()), v.notes());
			}
		});
	}

	static String days(List<DayFactors> days, Set<String> personalNames) {
		List<String> columns = new ArrayList<>(DAY_COLUMNS);
		personalNames.forEach((name) -> columns.add(PERSONAL + name));
		return write(columns, (printer) -> {
			for (DayFactors day : days) {
				List<Object> row = new ArrayList<>(List.of(day.date()));
				row.add(plain(day.sleepHours()));
				row.add(code(day.sleepQuality()));
				row.add(code(day.sleepPosition()));
				row.add(code(day.mattress()));
				row.add(day.waterGlasses());
				row.add(plain(day.sittingHours()));
				row.add(day.lifting());
				row.add(day.exerciseMinutes());
				row.add(day.stress());
				row.add(day.alcoholUnits());
				row.add(day.notes());
				personalNames.forEach((name) -> row.add(day.personal().get(name)));
				printer.printRecord(row);
			}
		});
	}

	/**
	 * Each row of an entries file as the JSON an entry is read from, or every problem
	 * with the file's shape.
	 */
	static Checked<List<Row>> readEntries(Reader csv) {
		return read(csv, Set.copyOf(ENTRY_COLUMNS), Set.of("id", "date"), false);
	}

	/**
	 * Each row of a days file, with {@code date} kept apart from the factors. A
	 * {@code personal:} column names a factor of the person's own, made if they have none
	 * of that name.
	 */
	static Checked<List<Row>> readDays(Reader csv) {
		return read(csv, Set.copyOf(DAY_COLUMNS), Set.of(), true);
	}

	/** The personal factors a days file names in its header. */
	static Set<String> personalColumns(List<Row> rows) {
		Set<String> names = new LinkedHashSet<>();
		rows.forEach((row) -> {
			if (row.json().has("personal")) {
				row.json().get("personal").propertyNames().forEach(names::add);
			}
		});
		return names;
	}

	/**
	 * One row: its line in the file and the JSON it stands for.
	 *
	 * @param line the line number, the header being line 1
	 * @param json the row as the API's JSON
	 * @param date the {@code date} column, for days files
	 */
	record Row(long line, ObjectNode json, String date) {
	}

	private static Checked<List<Row>> read(Reader csv, Set<String> known, Set<String> ignored, boolean personal) {
		List<Violation> problems = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = READ.parse(csv)) {
			List<String> header = parser.getHeaderNames();
			for (String column : header) {
				boolean ownFactor = personal && column.startsWith(PERSONAL) && column.length() > PERSONAL.length()
						&& column.length() - PERSONAL.length() <= DiaryReader.MAX_FACTOR_NAME
						&& JsonFields.textProblem(column, column.length(), false).isEmpty();
				if (!known.contains(column) && !ownFactor) {
					problems.add(Violation.of("line 1", "csv.column_unknown", "unknown column ''{0}''; allowed: {1}",
							column, String.join(", ", known)));
				}
			}
			if (!problems.isEmpty()) {
				return Checked.invalid(problems);
			}
			for (CSVRecord record : parser) {
				if (rows.size() == MAX_ROWS) {
					return Checked.invalid(List.of(Violation.of("line " + (record.getRecordNumber() + 1),
							"csv.too_many_rows", "the file has more than {0} rows; send it in parts", MAX_ROWS)));
				}
				if (!record.isConsistent()) {
					problems.add(Violation.of("line " + (record.getRecordNumber() + 1), "csv.cells",
							"has {0} cells; the header has {1}", record.size(), header.size()));
					continue;
				}
				ObjectNode json = JsonNodeFactory.instance.objectNode();
				ObjectNode own = JsonNodeFactory.instance.objectNode();
				for (Map.Entry<String, String> cell : record.toMap().entrySet()) {
					String column = cell.getKey();
					String value = cell.getValue();
					if (value == null || value.isEmpty() || ignored.contains(column) || column.equals("date")) {
						continue;
					}
					if (column.startsWith(PERSONAL)) {
						own.set(column.substring(PERSONAL.length()), bool(value));
					}
					else {
						set(json, column, value);
					}
				}
				if (!own.isEmpty()) {
					json.set("personal", own);
				}
				rows.add(new Row(record.getRecordNumber() + 1, json,
						record.isMapped("date") ? record.get("date") : null));
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			return Checked.invalid(List.of(Violation.of("$", "csv.unreadable",
					"is not a CSV file this diary can read: the header must name each column once, and quotes must be closed")));
		}
		return problems.isEmpty() ? Checked.valid(rows) : Checked.invalid(problems);
	}

	private static void set(ObjectNode json, String column, String value) {
		switch (column) {
			case "treatments" -> {
				ArrayNode list = json.putArray(column);
				for (String item : value.split(";")) {
					Matcher m = TREATMENT.matcher(item.strip());
					ObjectNode treatment = list.addObject();
					if (m.matches()) {
						treatment.put("name", m.group(1).strip());
						if (m.group(2) != null) {
							treatment.set("painBefore", number(m.group(2)));
							treatment.set("painAfter", number(m.group(3)));
						}
					}
				}
			}
			case "medicines" -> {
				ArrayNode list = json.putArray(column);
				for (String item : value.split(";")) {
					Matcher m = MEDICINE.matcher(item.strip());
					ObjectNode medicine = list.addObject();
					if (m.matches()) {
						medicine.put("medicine", m.group(1));
						medicine.set("mg", number(m.group(2)));
					}
					else {
						medicine.put("medicine", item.strip());
					}
				}
			}
			case "symptoms", "symptomsNotSure" -> {
				ArrayNode list = json.putArray(column);
				for (String item : value.split(";")) {
					list.add(item.strip());
				}
			}
			default -> {
				if (NUMBERS.contains(column)) {
					json.set(column, number(value));
				}
				else if (BOOLEANS.contains(column)) {
					json.set(column, bool(value));
				}
				else {
					json.put(column, value);
				}
			}
		}
	}

	/**
	 * A number where the cell holds one; otherwise the text, for the reader to refuse by
	 * name.
	 */
	private static tools.jackson.databind.JsonNode number(String text) {
		try {
			BigDecimal number = new BigDecimal(text);
			return (number.scale() <= 0) ? JsonNodeFactory.instance.numberNode(number.toBigIntegerExact())
					: JsonNodeFactory.instance.numberNode(number);
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return JsonNodeFactory.instance.stringNode(text);
		}
	}

	private static tools.jackson.databind.JsonNode bool(String text) {
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "true", "yes" -> JsonNodeFactory.instance.booleanNode(true);
			case "false", "no" -> JsonNodeFactory.instance.booleanNode(false);
			default -> JsonNodeFactory.instance.stringNode(text);
		};
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : null;
	}

	private static String code(Coded coded) {
		return (coded != null) ? coded.code() : null;
	}

	private interface Rows {

		void print(CSVPrinter printer) throws IOException;

	}

	private static String write(List<String> columns, Rows rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = WRITE.builder().setHeader(columns.toArray(String[]::new)).get().print(out)) {
			rows.print(printer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
