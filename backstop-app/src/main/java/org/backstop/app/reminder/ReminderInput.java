package org.backstop.app.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.backstop.app.system.JsonObjects;
import org.backstop.core.assessment.Medicine;
import org.backstop.core.careplan.DoseLimits;
import org.backstop.core.json.Coded;
import org.backstop.core.json.JsonFields;
import org.backstop.core.medicine.DoseSpacing;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/**
 * A reminder as sent, by the API as JSON or by the page as a form, before it is checked.
 * Both are checked here, so the page and the API accept and refuse exactly the same
 * reminders with the same field names.
 *
 * @param kind the kind code
 * @param label the person's own words
 * @param times times of day, {@code HH:mm}
 * @param days day codes ({@code mon} to {@code sun}); none means every day
 * @param everyHours hydration only: hours between two reminders within the window
 * @param from the start of that window, {@code HH:mm}
 * @param until the end of that window, {@code HH:mm}
 * @param timeZone an IANA time zone id, such as {@code Europe/Madrid}
 * @param ingredient medicine only: the active ingredient code
 * @param active whether it rings; {@code null} means yes
 */
record ReminderInput(String kind, String label, List<String> times, List<String> days, Integer everyHours, String from,
		String until, String timeZone, String ingredient, Boolean active) {

	static final Set<String> FIELDS = Set.of("kind", "label", "times", "days", "everyHours", "from", "until",
			"timeZone", "ingredient", "active");

	static final int MAX_LABEL = 80;

	static final int MAX_TIMES = 12;

	static final int MAX_EVERY_HOURS = 12;

	static final List<String> DAY_CODES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

	static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private static final Pattern TIME = Pattern.compile("[0-2][0-9]:[0-5][0-9]");

	private static final Coded.Codes<Medicine> MEDICINES = Coded.codes(Medicine.class);

	/**
	 * Reads and checks a JSON body: the schedule, or every problem with it, those of form
	 * (a number where text belongs) first.
	 */
	static Checked<Reminder.Schedule> read(JsonNode tree) {
		List<Violation> violations = new ArrayList<>();
		JsonFields fields = JsonObjects.withOnly(tree, FIELDS, violations);
		if (!violations.isEmpty()) {
			return Checked.invalid(violations);
		}
		ReminderInput input = new ReminderInput(fields.optionalText(tree, "kind", 20),
				fields.optionalText(tree, "label", MAX_LABEL), texts(fields, tree, "times", MAX_TIMES),
				texts(fields, tree, "days", 7), fields.optionalInt(tree, "everyHours", 1, MAX_EVERY_HOURS),
				fields.optionalText(tree, "from", 5), fields.optionalText(tree, "until", 5),
				fields.optionalText(tree, "timeZone", 64), fields.optionalText(tree, "ingredient", 32),
				fields.optionalBoolean(tree, "active"));
		return input.check(violations);
	}

	private static List<String> texts(JsonFields fields, JsonNode tree, String name, int max) {
		JsonNode array = fields.array(tree, name, max, "strings");
		List<String> texts = new ArrayList<>();
		if (array == null) {
			return texts;
		}
		for (int i = 0; i < array.size(); i++) {
			JsonNode item = array.get(i);
			if (item.isString()) {
				texts.add(item.stringValue().strip());
			}
			else {
				fields.fail(name + "[" + i + "]", "text.not_text", "must be text (a JSON string)");
			}
		}
		return texts;
	}

	/** Splits the page's "08:00, 20:00" into times. */
	static List<String> splitTimes(String times) {
		if (times == null || times.isBlank()) {
			return List.of();
		}
		return Arrays.stream(times.split("[,;\\s]+")).filter((t) -> !t.isBlank()).toList();
	}

	/**
	 * The checked schedule, or every problem found, each naming its field, after those
	 * its reader found in the form ({@code earlier}).
	 */
	Checked<Reminder.Schedule> check(List<Violation> earlier) {
		List<Violation> violations = new ArrayList<>(earlier);
		Optional<ReminderKind> kindFound = Optional.ofNullable(this.kind).flatMap(ReminderKind::of);
		if (this.kind == null) {
			violations.add(Violation.of("kind", "reminder.kind_required", "is required; one of {0}",
					String.join(", ", ReminderKind.codes())));
		}
		else if (kindFound.isEmpty()) {
			violations.add(Violation.of("kind", "reminder.kind_unknown", "unknown kind ''{0}''; allowed: {1}",
					abbreviate(this.kind), String.join(", ", ReminderKind.codes())));
		}
		String label = (this.label == null || this.label.isBlank()) ? null : this.label.strip();
		if (label != null) {
			JsonFields.textFault(label, MAX_LABEL, false)
				.ifPresent((problem) -> violations.add(new Violation("label", problem)));
		}
		ZoneId zone = zone(violations);
		Set<DayOfWeek> days = days(violations);
		TreeSet<LocalTime> times = new TreeSet<>();
		if (this.times != null && this.times.size() > MAX_TIMES) {
			violations.add(Violation.of("times", "array.too_long", "has {0} entries; at most {1} are allowed",
					this.times.size(), MAX_TIMES));
		}
		else if (this.times != null) {
			for (int i = 0; i < this.times.size(); i++) {
				time(this.times.get(i), "times[" + i + "]", violations).ifPresent(times::add);
			}
		}
		LocalTime from = null;
		LocalTime until = null;
		ReminderKind kind = kindFound.orElse(null);
		if (this.everyHours != null || this.from != null || this.until != null) {
			if (kind != null && kind != ReminderKind.HYDRATION) {
				violations.add(Violation.of("everyHours", "reminder.every_hours_not_hydration",
						"only hydration reminders repeat every few hours; give times of day instead"));
			}
			else if (!times.isEmpty() || (this.times != null && !this.times.isEmpty())) {
				violations.add(Violation.of("times", "reminder.times_and_every_hours",
						"give either times of day or every few hours, not both"));
			}
			else {
				if (this.everyHours == null || this.everyHours < 1 || this.everyHours > MAX_EVERY_HOURS) {
					violations.add(Violation.of("everyHours", "reminder.every_hours_range",
							"must be a whole number of hours from 1 to {0}", MAX_EVERY_HOURS));
				}
				from = required(this.from, "from", violations);
				until = required(this.until, "until", violations);
				if (from != null && until != null && !until.isAfter(from)) {
					violations
						.add(Violation.of("until", "reminder.until_before_from", "must be later in the day than from"));
				}
				if (violations.isEmpty()) {
					for (LocalTime t = from; !t.isAfter(until); t = t.plusHours(this.everyHours)) {
						times.add(t);
						if (t.plusHours(this.everyHours).isBefore(t)) {
							break; // past midnight
						}
					}
				}
			}
		}
		else if (times.isEmpty() && (this.times == null || this.times.isEmpty())) {
			violations
				.add(Violation.of("times", "reminder.times_missing", "give at least one time of day, such as 08:00"));
		}
		Medicine ingredient = ingredient(kind, violations);
		if (violations.isEmpty() && ingredient != null) {
			DoseLimits.of(ingredient)
				.flatMap((limit) -> DoseSpacing.fault(limit, List.copyOf(times)))
				.ifPresent((problem) -> violations.add(new Violation("times", problem)));
		}
		if (!violations.isEmpty()) {
			return Checked.invalid(violations);
		}
		return Checked
			.valid(new Reminder.Schedule(kind, label, List.copyOf(times), days, (from != null) ? this.everyHours : null,
					from, until, zone, ingredient, this.active == null || this.active));
	}

	private ZoneId zone(List<Violation> violations) {
		if (this.timeZone == null || this.timeZone.isBlank()) {
			violations.add(Violation.of("timeZone", "time_zone.required",
					"is required: your time zone, such as Europe/Madrid"));
			return null;
		}
		if (!JsonFields.isRegionZone(this.timeZone)) {
			violations.add(Violation.of("timeZone", "time_zone.unknown_iana",
					"unknown time zone ''{0}''; give an IANA time zone such as Europe/Madrid or America/New_York",
					abbreviate(this.timeZone)));
			return null;
		}
		return ZoneId.of(this.timeZone);
	}

	private Set<DayOfWeek> days(List<Violation> violations) {
		if (this.days == null || this.days.isEmpty()) {
			return EnumSet.allOf(DayOfWeek.class);
		}
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (int i = 0; i < this.days.size(); i++) {
			int index = DAY_CODES.indexOf(this.days.get(i).toLowerCase(Locale.ROOT));
			if (index < 0) {
				violations
					.add(Violation.of("days[" + i + "]", "reminder.day_unknown", "unknown day ''{0}''; allowed: {1}",
							abbreviate(this.days.get(i)), String.join(", ", DAY_CODES)));
			}
			else {
				days.add(DayOfWeek.of(index + 1));
			}
		}
		return days;
	}

	private Medicine ingredient(ReminderKind kind, List<Violation> violations) {
		if (kind != ReminderKind.MEDICINE) {
			if (this.ingredient != null && !this.ingredient.isBlank()) {
				violations.add(Violation.of("ingredient", "reminder.ingredient_not_medicine",
						"only medicine reminders name an ingredient"));
			}
			return null;
		}
		if (this.ingredient == null || this.ingredient.isBlank()) {
			violations.add(Violation.of("ingredient", "reminder.ingredient_required",
					"is required for a medicine reminder; one of {0}", String.join(", ", MEDICINES.allowed())));
			return null;
		}
		Optional<Medicine> found = MEDICINES.find(this.ingredient);
		if (found.isEmpty()) {
			violations.add(Violation.of("ingredient", "reminder.ingredient_unknown",
					"unknown ingredient ''{0}''; allowed: {1}", abbreviate(this.ingredient),
					String.join(", ", MEDICINES.allowed())));
		}
		return found.orElse(null);
	}

	private static LocalTime required(String value, String field, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			violations.add(Violation.of(field, "time.required", "is required: a time of day such as 08:00"));
			return null;
		}
		return time(value, field, violations).orElse(null);
	}

	private static Optional<LocalTime> time(String value, String field, List<Violation> violations) {
		try {
			if (value != null && TIME.matcher(value.strip()).matches()) {
				return Optional.of(LocalTime.parse(value.strip(), HH_MM));
			}
		}
		catch (DateTimeParseException ex) {
			// falls through to the message below
		}
		violations.add(Violation.of(field, "time.invalid",
				"''{0}'' is not a time of day; use 24-hour HH:mm such as 08:00", abbreviate(String.valueOf(value))));
		return Optional.empty();
	}

	private static String abbreviate(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
	}

}
