package org.backstop.core.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import org.backstop.core.problem.CodedText;
import org.backstop.core.problem.Violation;

/**
 * Reads the fields of one JSON object, collecting every violation under a common path
 * such as {@code pain} or {@code doses[2]}. Every reader of Backstop's contracts uses it,
 * so that they all accept and reject input alike: unknown fields and unknown codes are
 * errors, an explicit {@code null} counts as not given, and a wrong type is named.
 */
public final class JsonFields {

	/** The words for text that holds a control character. */
	public static final String CONTROL_CHARACTER = "contains a control character (such as NUL); remove it";

	/** The words for text that is not valid Unicode. */
	public static final String NOT_UNICODE = "is not valid Unicode text: it holds a lone surrogate";

	/** More entries than there are codes means the list is not what it claims to be. */
	public static final int MAX_CODES_IN_A_LIST = 64;

	/**
	 * The answer a person gives when they cannot say, accepted by every optional question
	 * that can raise the triage level.
	 */
	public static final String NOT_SURE = "not_sure";

	/**
	 * Ends the code of a problem with an answer that could also have been
	 * {@link #NOT_SURE}, such as {@code number.range.or_not_sure}.
	 */
	public static final String OR_NOT_SURE = ".or_not_sure";

	/** Earliest date and time accepted anywhere. */
	public static final Instant EARLIEST_INSTANT = Instant.parse("1970-01-01T00:00:00Z");

	/** Latest date and time accepted anywhere. */
	public static final Instant LATEST_INSTANT = Instant.parse("9999-12-31T23:59:59Z");

	private final JsonFields parent;

	private final String segment;

	/** Built only when a violation needs it: valid input builds no path strings. */
	private String path;

	private final List<Violation> violations;

	public JsonFields(String path, List<Violation> violations) {
		this(null, path, violations);
	}

	private JsonFields(JsonFields parent, String segment, List<Violation> violations) {
		this.parent = parent;
		this.segment = segment;
		this.violations = violations;
	}

	private String path() {
		if (this.path == null) {
			this.path = (this.parent != null) ? this.parent.pathOf(this.segment) : this.segment;
		}
		return this.path;
	}

	public String pathOf(String name) {
		String path = path();
		return path.isEmpty() ? name : path + "." + name;
	}

	/**
	 * A problem with the value at this path itself (the whole document when the path is
	 * empty): {@code code} with its English words (see {@link Violation#of}).
	 */
	public void failHere(String code, String englishPattern, Object... arguments) {
		String path = path();
		this.violations.add(Violation.of(path.isEmpty() ? "$" : path, code, englishPattern, arguments));
	}

	/** A problem with the field {@code name} under this path. */
	public void fail(String name, String code, String englishPattern, Object... arguments) {
		this.violations.add(Violation.of(pathOf(name), code, englishPattern, arguments));
	}

	private void failAt(String fieldPath, String code, String englishPattern, Object... arguments) {
		this.violations.add(Violation.of(fieldPath, code, englishPattern, arguments));
	}

	public void rejectUnknown(JsonNode object, Set<String> known) {
		for (String name : object.propertyNames()) {
			if (!known.contains(name)) {
				fail(name, "field.unknown", "is not a field of this object; allowed: {0}",
						String.join(", ", sorted(known)));
			}
		}
	}

	/**
	 * The nested object's fields, or {@code null} when it is absent or not an object.
	 */
	public JsonFields object(JsonNode parent, String name, boolean required, Set<String> known) {
		JsonNode value = parent.get(name);
		if (isAbsent(value)) {
			if (required) {
				fail(name, "required", "is required");
			}
			return null;
		}
		if (!value.isObject()) {
			fail(name, "object.expected", "must be a JSON object");
			return null;
		}
		JsonFields fields = new JsonFields(this, name, this.violations);
		fields.rejectUnknown(value, known);
		return fields;
	}

	public Integer requiredInt(JsonNode parent, String name, int min, int max) {
		if (isAbsent(parent.get(name))) {
			fail(name, "required", "is required");
			return null;
		}
		return optionalInt(parent, name, min, max);
	}

	public Integer optionalInt(JsonNode parent, String name, int min, int max) {
		JsonNode value = parent.get(name);
		if (isAbsent(value)) {
			return null;
		}
		if (!value.isNumber()) {
			fail(name, "number.whole_range", "must be a whole number from {0} to {1}", min, max);
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			if (value.isIntegralNumber() || isWhole(value)) {
				fail(name, "number.range", "must be from {0} to {1}", min, max);
			}
			else {
				fail(name, "number.whole_range", "must be a whole number from {0} to {1}", min, max);
			}
			return null;
		}
		int number = value.intValue();
		if (number < min || number > max) {
			fail(name, "number.range", "must be from {0} to {1}", min, max);
			return null;
		}
		return number;
	}

	/**
	 * Reads a field that also accepts {@link #NOT_SURE}: {@code read} reads it otherwise,
	 * and a problem it finds with the field says that "not sure" is allowed too.
	 */
	public <T> Answer<T> orNotSure(JsonNode parent, String name, Supplier<T> read) {
		JsonNode value = parent.get(name);
		if (value != null && value.isString() && NOT_SURE.equals(value.stringValue())) {
			return new Answer<>(null, true);
		}
		int before = this.violations.size();
		T answer = read.get();
		String field = pathOf(name);
		for (int i = before; i < this.violations.size(); i++) {
			Violation violation = this.violations.get(i);
			if (violation.field().equals(field)) {
				this.violations.set(i, new Violation(field, orNotSure(violation.text())));
			}
		}
		return new Answer<>(answer, false);
	}

	/**
	 * The same problem, saying that "not sure" is an answer too: its code gains
	 * {@link #OR_NOT_SURE}, so a translation can add the same words in its language.
	 */
	static CodedText orNotSure(CodedText problem) {
		return new CodedText(problem.code() + OR_NOT_SURE, problem.arguments(),
				problem.english() + "; or \"" + NOT_SURE + "\" when the person cannot say");
	}

	/**
	 * One answer to a question that accepts "not sure".
	 *
	 * @param value the answer, or {@code null} when not given or not sure
	 * @param notSure whether the person said they are not sure
	 */
	public record Answer<T>(T value, boolean notSure) {
	}

	private static boolean isWhole(JsonNode number) {
		double d = number.doubleValue();
		return !Double.isNaN(d) && (Double.isInfinite(d) || d == Math.rint(d));
	}

	public Boolean optionalBoolean(JsonNode parent, String name) {
		JsonNode value = parent.get(name);
		if (isAbsent(value)) {
			return null;
		}
		if (!value.isBoolean()) {
			fail(name, "boolean.expected", "must be true or false");
			return null;
		}
		return value.booleanValue();
	}

	public <E extends Enum<E> & Coded> E requiredCode(JsonNode parent, String name, Coded.Codes<E> codes) {
		if (isAbsent(parent.get(name))) {
			fail(name, "code.required", "is required; allowed: {0}", String.join(", ", codes.allowed()));
			return null;
		}
		return optionalCode(parent, name, codes);
	}

	public <E extends Enum<E> & Coded> E optionalCode(JsonNode parent, String name, Coded.Codes<E> codes) {
		JsonNode value = parent.get(name);
		if (isAbsent(value)) {
			return null;
		}
		return code(value, pathOf(name), codes);
	}

	private <E extends Enum<E> & Coded> E code(JsonNode value, String fieldPath, Coded.Codes<E> codes) {
		if (!value.isString()) {
			failAt(fieldPath, "code.not_text", "must be one of the codes (as a string): {0}",
					String.join(", ", codes.allowed()));
			return null;
		}
		E found = codes.find(value.stringValue()).orElse(null);
		if (found == null) {
			failAt(fieldPath, "code.unknown", "unknown code ''{0}''; allowed: {1}", abbreviate(value.stringValue()),
					String.join(", ", codes.allowed()));
		}
		return found;
	}

	public <E extends Enum<E> & Coded> Set<E> codeSet(JsonNode parent, String name, Coded.Codes<E> codes,
			Class<E> type) {
		Set<E> set = EnumSet.noneOf(type);
		JsonNode value = parent.get(name);
		if (isAbsent(value)) {
			return set;
		}
		if (!value.isArray()) {
			fail(name, "array.of_codes", "must be a JSON array of codes");
			return set;
		}
		if (value.size() > MAX_CODES_IN_A_LIST) {
			fail(name, "array.too_long", "has {0} entries; at most {1} are allowed", value.size(), MAX_CODES_IN_A_LIST);
			return set;
		}
		for (int i = 0; i < value.size(); i++) {
			E code = code(value.get(i), pathOf(name) + "[" + i + "]", codes);
			if (code != null) {
				set.add(code);
			}
		}
		return set;
	}

	/**
	 * Exercise ids or exercise categories, each one of {@code known} (the contract's
	 * list, so this toolkit need not know the exercise library).
	 */
	public Set<String> activities(JsonNode parent, String name, List<String> known) {
		Set<String> set = new TreeSet<>();
		JsonNode value = parent.get(name);
		if (isAbsent(value)) {
			return set;
		}
		if (!value.isArray()) {
			fail(name, "activity.array", "must be a JSON array of exercise ids or categories");
			return set;
		}
		if (value.size() > MAX_CODES_IN_A_LIST) {
			fail(name, "array.too_long", "has {0} entries; at most {1} are allowed", value.size(), MAX_CODES_IN_A_LIST);
			return set;
		}
		for (int i = 0; i < value.size(); i++) {
			JsonNode item = value.get(i);
			String path = pathOf(name) + "[" + i + "]";
			if (!item.isString()) {
				failAt(path, "activity.not_text", "must be an exercise id or category, as a string");
			}
			else if (!known.contains(item.stringValue())) {
				failAt(path, "activity.unknown", "unknown exercise or category ''{0}''; allowed: {1}",
						abbreviate(item.stringValue()), String.join(", ", known));
			}
			else {
				set.add(item.stringValue());
			}
		}
		return set;
	}

	/** The violations found so far, under this path and every path below it. */
	public List<Violation> violations() {
		return this.violations;
	}

	/** The fields of the item at {@code index} of an array at this path. */
	public JsonFields item(String arrayName, int index) {
		return new JsonFields(this, arrayName + "[" + index + "]", this.violations);
	}

	/**
	 * The array at {@code name}, or {@code null} when it is absent or not an array of at
	 * most {@code maxItems} entries.
	 */
	public JsonNode array(JsonNode parent, String name, int maxItems, String whatItHolds) {
		JsonNode value = parent.get(name);
		if (isAbsent(value)) {
			return null;
		}
		if (!value.isArray()) {
			fail(name, "array.expected", "must be a JSON array of {0}", whatItHolds);
			return null;
		}
		if (value.size() > maxItems) {
			fail(name, "array.too_long", "has {0} entries; at most {1} are allowed", value.size(), maxItems);
			return null;
		}
		return value;
	}

	/** Whether {@code value} is a JSON object; otherwise a violation at this path. */
	public boolean requireObject(JsonNode value, String whatItHolds) {
		if (value == null || !value.isObject()) {
			failHere("object.holding", "must be a JSON object holding {0}", whatItHolds);
			return false;
		}
		return true;
	}

	/**
	 * Optional text of at most {@code maxLength} characters; blank counts as not given.
	 */
	public String optionalText(JsonNode parent, String name, int maxLength) {
		JsonNode value = parent.get(name);
		if (isAbsent(value)) {
			return null;
		}
		if (!value.isString()) {
			fail(name, "text.expected", "must be text (a JSON string) of at most {0} characters", maxLength);
			return null;
		}
		String text = value.stringValue().strip();
		if (!checkText(name, text, maxLength)) {
			return null;
		}
		return text.isEmpty() ? null : text;
	}

	/** Required text of at most {@code maxLength} characters, trimmed and not blank. */
	public String requiredText(JsonNode parent, String name, int maxLength) {
		int before = this.violations.size();
		String text = optionalText(parent, name, maxLength);
		if (text == null && this.violations.size() == before) {
			fail(name, "required", "is required");
		}
		return text;
	}

	/**
	 * Required text exactly as sent, spaces and all (a password, say), of 1 to
	 * {@code maxLength} characters.
	 */
	public String requiredVerbatimText(JsonNode parent, String name, int maxLength) {
		JsonNode value = parent.get(name);
		if (isAbsent(value)) {
			fail(name, "required", "is required");
			return null;
		}
		if (!value.isString()) {
			fail(name, "text.not_text", "must be text (a JSON string)");
			return null;
		}
		String text = value.stringValue();
		if (text.isEmpty()) {
			fail(name, "required", "is required");
			return null;
		}
		if (!checkText(name, text, maxLength)) {
			return null;
		}
		return text;
	}

	private boolean checkText(String name, String text, int maxLength) {
		Optional<CodedText> problem = textFault(text, maxLength, false);
		problem.ifPresent((p) -> this.violations.add(new Violation(pathOf(name), p)));
		return problem.isEmpty();
	}

	/**
	 * What makes text unfit for a field of at most {@code maxLength} characters (code
	 * points, as a person counts them: an emoji is one), or empty. Text holds no control
	 * characters (a tab or a line break only where the field has several lines) and no
	 * lone surrogates, which are not Unicode and which no database stores.
	 */
	public static Optional<String> textProblem(String text, int maxLength, boolean multiLine) {
		return textFault(text, maxLength, multiLine).map(CodedText::english);
	}

	/** What {@link #textProblem} says, with its code and arguments. */
	public static Optional<CodedText> textFault(String text, int maxLength, boolean multiLine) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isSurrogate(c)) {
				boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
						&& Character.isLowSurrogate(text.charAt(i + 1));
				if (!paired) {
					return Optional.of(CodedText.of("text.not_unicode", NOT_UNICODE));
				}
				i++;
			}
			else if (Character.isISOControl(c) && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
				return Optional.of(CodedText.of("text.control_character", CONTROL_CHARACTER));
			}
		}
		if (text.codePointCount(0, text.length()) > maxLength) {
			return Optional.of(CodedText.of("text.too_long", "is longer than {0} characters", maxLength));
		}
		return Optional.empty();
	}

	/**
	 * A required date and time with an offset, such as {@code 2025-03-01T08:30:00+01:00}.
	 */
	public Instant requiredInstant(JsonNode parent, String name) {
		if (isAbsent(parent.get(name))) {
			fail(name, "instant.required", "is required: a date and time with an offset, such as 2025-03-01T08:30:00Z");
			return null;
		}
		return optionalInstant(parent, name);
	}

	/**
	 * An optional date and time in ISO-8601 with an offset ({@code Z} or {@code +01:00}),
	 * from 1970 to 9999. A time without an offset is refused: it could mean any of 26
	 * hours around the world.
	 */
	public Instant optionalInstant(JsonNode parent, String name) {
		JsonNode value = parent.get(name);
		if (isAbsent(value)) {
			return null;
		}
		if (!value.isString()) {
			fail(name, "instant.not_text", "must be a date and time as a string, such as 2025-03-01T08:30:00Z");
			return null;
		}
		String text = value.stringValue().strip();
		Instant instant;
		try {
			instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeException ex) {
			if (isLocalDateTime(text)) {
				fail(name, "instant.no_offset", "needs an offset: add Z for UTC or your offset such as +01:00 ({0})",
						abbreviate(text));
			}
			else {
				fail(name, "instant.invalid", "is not a date and time such as 2025-03-01T08:30:00Z: ''{0}''",
						abbreviate(text));
			}
			return null;
		}
		if (instant.isBefore(EARLIEST_INSTANT) || instant.isAfter(LATEST_INSTANT)) {
			fail(name, "instant.range", "must be a date and time from the year 1970 to 9999");
			return null;
		}
		return instant;
	}

	private static boolean isLocalDateTime(String text) {
		try {
			LocalDateTime.parse(text);
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	/**
	 * Whether {@code id} names a time zone every reader accepts: a region of the IANA
	 * database (such as {@code Europe/Madrid}) or {@code UTC}. A fixed offset such as
	 * {@code +02:00} is refused: it would miss summer time.
	 */
	public static boolean isRegionZone(String id) {
		return id != null && (id.contains("/") || "UTC".equals(id)) && ZoneId.getAvailableZoneIds().contains(id);
	}

	/** An explicit JSON null counts as not given, for optional fields. */
	public static boolean isAbsent(JsonNode value) {
		return value == null || value.isNull() || value.isMissingNode();
	}

	private static String abbreviate(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 40) + "...";
	}

	private static List<String> sorted(Set<String> names) {
		return names.stream().sorted().toList();
	}

}
