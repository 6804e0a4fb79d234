package org.backstop.core.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

import org.backstop.core.assessment.AssessmentInput.Pain;
import org.backstop.core.assessment.AssessmentInput.PhysicalFunction;
import org.backstop.core.assessment.AssessmentInput.Preferences;
import org.backstop.core.assessment.AssessmentInput.SelfCare;
import org.backstop.core.exercise.Activities;

/**
 * Checks a JSON tree against version 1 of the assessment contract and builds the
 * {@link AssessmentInput}. Every problem is reported, each with its field path. Unknown
 * fields and unknown codes are errors, never skipped: a mistyped red flag that was
 * quietly dropped could send home someone who needs an ambulance.
 */
public final class AssessmentReader {

	/** Longest credible duration: a century of pain, in days. */
	public static final int MAX_DURATION_DAYS = 36_500;

	public static final int MAX_SPASMS_PER_WEEK = 1_000;

	/** Ten years of self-care, in weeks. */
	public static final int MAX_WEEKS_TRIED = 520;

	/** More entries than there are codes means the list is not what it claims to be. */
	public static final int MAX_CODES_IN_A_LIST = 64;

	private static final Set<String> ROOT_FIELDS = Set.of("age", "sex", "pregnant", "pregnancyWeeks", "pain",
			"function", "symptoms", "history", "selfCare", "preferences");

	private static final Set<String> PAIN_FIELDS = Set.of("intensity", "region", "onset", "durationDays",
			"spasmsPerWeek", "radiation", "worseAtNightOrRest", "trauma");

	private static final Set<String> FUNCTION_FIELDS = Set.of("mobility");

	private static final Set<String> SELF_CARE_FIELDS = Set.of("weeksTried", "improving");

	private static final Set<String> PREFERENCE_FIELDS = Set.of("equipment", "likes", "dislikes", "currentMedicines",
			"weightKg");

	/** Lightest and heaviest credible body weight, kg. */
	public static final int MIN_WEIGHT_KG = 2;

	public static final int MAX_WEIGHT_KG = 400;

	private AssessmentReader() {
	}

	/** Reads one assessment whose field paths start at the document root. */
	public static Checked<AssessmentInput> read(JsonNode node) {
		return read(node, "");
	}

	/**
	 * Reads one assessment whose field paths start with {@code prefix}, for example
	 * {@code [3]} for the fourth item of an array.
	 */
	public static Checked<AssessmentInput> read(JsonNode node, String prefix) {
		Fields root = new Fields(prefix, new ArrayList<>());
		if (node == null || node.isMissingNode() || !node.isObject()) {
			root.fail("must be a JSON object holding one assessment");
			return Checked.invalid(root.violations);
		}
		root.rejectUnknown(node, ROOT_FIELDS);
		Integer age = root.requiredInt(node, "age", 0, 120);
		Sex sex = root.requiredCode(node, "sex", Sex.CODES);
		Boolean pregnant = root.optionalBoolean(node, "pregnant");
		Integer pregnancyWeeks = root.optionalInt(node, "pregnancyWeeks", 0, 45);
		checkPregnancy(root, node, sex, pregnant, pregnancyWeeks);
		Pain pain = readPain(root, node);
		PhysicalFunction function = readFunction(root, node);
		Set<Symptom> symptoms = root.codeSet(node, "symptoms", Symptom.CODES, Symptom.class);
		Set<History> history = root.codeSet(node, "history", History.CODES, History.class);
		SelfCare selfCare = readSelfCare(root, node);
		Preferences preferences = readPreferences(root, node);
		if (!root.violations.isEmpty()) {
			return Checked.invalid(root.violations);
		}
		return Checked.valid(new AssessmentInput(age, sex, Boolean.TRUE.equals(pregnant), pregnancyWeeks, pain,
				function, symptoms, history, selfCare, preferences));
	}

	private static void checkPregnancy(Fields root, JsonNode node, Sex sex, Boolean pregnant, Integer pregnancyWeeks) {
		if (Boolean.TRUE.equals(pregnant)) {
			if (sex == Sex.MALE) {
				root.fail("pregnant", "cannot be true when sex is male");
			}
			if (pregnancyWeeks == null && isAbsent(node.get("pregnancyWeeks"))) {
				root.fail("pregnancyWeeks", "is required when pregnant is true");
			}
		}
		else if ((pregnant != null || isAbsent(node.get("pregnant"))) && !isAbsent(node.get("pregnancyWeeks"))) {
			root.fail("pregnancyWeeks", "is only allowed when pregnant is true");
		}
	}

	private static Pain readPain(Fields root, JsonNode node) {
		Fields pain = root.object(node, "pain", true, PAIN_FIELDS);
		if (pain == null) {
			return null;
		}
		JsonNode p = node.get("pain");
		Integer intensity = pain.requiredInt(p, "intensity", 0, 10);
		Region region = pain.requiredCode(p, "region", Region.CODES);
		Onset onset = pain.optionalCode(p, "onset", Onset.CODES);
		Integer durationDays = pain.requiredInt(p, "durationDays", 0, MAX_DURATION_DAYS);
		Integer spasmsPerWeek = pain.optionalInt(p, "spasmsPerWeek", 0, MAX_SPASMS_PER_WEEK);
		Radiation radiation = pain.optionalCode(p, "radiation", Radiation.CODES);
		Boolean worseAtNightOrRest = pain.optionalBoolean(p, "worseAtNightOrRest");
		Trauma trauma = pain.optionalCode(p, "trauma", Trauma.CODES);
		if (intensity == null || region == null || durationDays == null) {
			return null;
		}
		return new Pain(intensity, region, onset, durationDays, spasmsPerWeek, radiation, worseAtNightOrRest, trauma);
	}

	private static PhysicalFunction readFunction(Fields root, JsonNode node) {
		Fields function = root.object(node, "function", false, FUNCTION_FIELDS);
		if (function == null) {
			return null;
		}
		return new PhysicalFunction(function.optionalCode(node.get("function"), "mobility", Mobility.CODES));
	}

	private static SelfCare readSelfCare(Fields root, JsonNode node) {
		Fields selfCare = root.object(node, "selfCare", false, SELF_CARE_FIELDS);
		if (selfCare == null) {
			return null;
		}
		JsonNode s = node.get("selfCare");
		return new SelfCare(selfCare.optionalInt(s, "weeksTried", 0, MAX_WEEKS_TRIED),
				selfCare.optionalBoolean(s, "improving"));
	}

	private static Preferences readPreferences(Fields root, JsonNode node) {
		Fields preferences = root.object(node, "preferences", false, PREFERENCE_FIELDS);
		if (preferences == null) {
			return null;
		}
		JsonNode p = node.get("preferences");
		return new Preferences(preferences.codeSet(p, "equipment", Equipment.CODES, Equipment.class),
				preferences.activities(p, "likes"), preferences.activities(p, "dislikes"),
				preferences.codeSet(p, "currentMedicines", Medicine.CODES, Medicine.class),
				preferences.optionalInt(p, "weightKg", MIN_WEIGHT_KG, MAX_WEIGHT_KG));
	}

	/** An explicit JSON null counts as not given, for optional fields. */
	static boolean isAbsent(JsonNode value) {
		return value == null || value.isNull() || value.isMissingNode();
	}

	/** Reads the fields of one JSON object, collecting violations under a common path. */
	private static final class Fields {

		private final String path;

		private final List<Violation> violations;

		Fields(String path, List<Violation> violations) {
			this.path = path;
			this.violations = violations;
		}

		String pathOf(String name) {
			return this.path.isEmpty() ? name : this.path + "." + name;
		}

		void fail(String message) {
			this.violations.add(new Violation(this.path.isEmpty() ? "$" : this.path, message));
		}

		void fail(String name, String message) {
			this.violations.add(new Violation(pathOf(name), message));
		}

		void rejectUnknown(JsonNode object, Set<String> known) {
			for (String name : object.propertyNames()) {
				if (!known.contains(name)) {
					fail(name, "is not a field of this object; allowed: " + String.join(", ", sorted(known)));
				}
			}
		}

		/**
		 * The nested object's fields, or {@code null} when it is absent or not an object.
		 */
		Fields object(JsonNode parent, String name, boolean required, Set<String> known) {
			JsonNode value = parent.get(name);
			if (isAbsent(value)) {
				if (required) {
					fail(name, "is required");
				}
				return null;
			}
			if (!value.isObject()) {
				fail(name, "must be a JSON object");
				return null;
			}
			Fields fields = new Fields(pathOf(name), this.violations);
			fields.rejectUnknown(value, known);
			return fields;
		}

		Integer requiredInt(JsonNode parent, String name, int min, int max) {
			if (isAbsent(parent.get(name))) {
				fail(name, "is required");
				return null;
			}
			return optionalInt(parent, name, min, max);
		}

		Integer optionalInt(JsonNode parent, String name, int min, int max) {
			JsonNode value = parent.get(name);
			if (isAbsent(value)) {
				return null;
			}
			if (!value.isNumber()) {
				fail(name, "must be a whole number from " + min + " to " + max);
				return null;
			}
			if (!value.isIntegralNumber() || !value.canConvertToInt()) {
				if (value.isIntegralNumber() || isWhole(value)) {
					fail(name, "must be from " + min + " to " + max);
				}
				else {
					fail(name, "must be a whole number from " + min + " to " + max);
				}
				return null;
			}
			int number = value.intValue();
			if (number < min || number > max) {
				fail(name, "must be from " + min + " to " + max);
				return null;
			}
			return number;
		}

		private static boolean isWhole(JsonNode number) {
			double d = number.doubleValue();
			return !Double.isNaN(d) && (Double.isInfinite(d) || d == Math.rint(d));
		}

		Boolean optionalBoolean(JsonNode parent, String name) {
			JsonNode value = parent.get(name);
			if (isAbsent(value)) {
				return null;
			}
			if (!value.isBoolean()) {
				fail(name, "must be true or false");
				return null;
			}
			return value.booleanValue();
		}

		<E extends Enum<E> & Coded> E requiredCode(JsonNode parent, String name, Coded.Codes<E> codes) {
			if (isAbsent(parent.get(name))) {
				fail(name, "is required; allowed: " + String.join(", ", codes.allowed()));
				return null;
			}
			return optionalCode(parent, name, codes);
		}

		<E extends Enum<E> & Coded> E optionalCode(JsonNode parent, String name, Coded.Codes<E> codes) {
			JsonNode value = parent.get(name);
			if (isAbsent(value)) {
				return null;
			}
			return code(value, pathOf(name), codes);
		}

		private <E extends Enum<E> & Coded> E code(JsonNode value, String fieldPath, Coded.Codes<E> codes) {
			if (!value.isString()) {
				this.violations.add(new Violation(fieldPath,
						"must be one of the codes (as a string): " + String.join(", ", codes.allowed())));
				return null;
			}
			E found = codes.find(value.stringValue()).orElse(null);
			if (found == null) {
				this.violations.add(new Violation(fieldPath, "unknown code '" + abbreviate(value.stringValue())
						+ "'; allowed: " + String.join(", ", codes.allowed())));
			}
			return found;
		}

		<E extends Enum<E> & Coded> Set<E> codeSet(JsonNode parent, String name, Coded.Codes<E> codes, Class<E> type) {
			Set<E> set = EnumSet.noneOf(type);
			JsonNode value = parent.get(name);
			if (isAbsent(value)) {
				return set;
			}
			if (!value.isArray()) {
				fail(name, "must be a JSON array of codes");
				return set;
			}
			if (value.size() > MAX_CODES_IN_A_LIST) {
				fail(name, "has " + value.size() + " entries; at most " + MAX_CODES_IN_A_LIST + " are allowed");
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

		/** Exercise ids or exercise categories, as the exercise library names them. */
		Set<String> activities(JsonNode parent, String name) {
			Set<String> set = new TreeSet<>();
			JsonNode value = parent.get(name);
			if (isAbsent(value)) {
				return set;
			}
			if (!value.isArray()) {
				fail(name, "must be a JSON array of exercise ids or categories");
				return set;
			}
			if (value.size() > MAX_CODES_IN_A_LIST) {
				fail(name, "has " + value.size() + " entries; at most " + MAX_CODES_IN_A_LIST + " are allowed");
				return set;
			}
			for (int i = 0; i < value.size(); i++) {
				JsonNode item = value.get(i);
				String path = pathOf(name) + "[" + i + "]";
				if (!item.isString()) {
					this.violations.add(new Violation(path, "must be an exercise id or category, as a string"));
				}
				else if (!Activities.isKnown(item.stringValue())) {
					this.violations.add(new Violation(path, "unknown exercise or category '"
							+ abbreviate(item.stringValue()) + "'; allowed: " + String.join(", ", Activities.codes())));
				}
				else {
					set.add(item.stringValue());
				}
			}
			return set;
		}

		private static String abbreviate(String text) {
			return (text.length() <= 40) ? text : text.substring(0, 40) + "...";
		}

		private static List<String> sorted(Set<String> names) {
			return names.stream().sorted().toList();
		}

	}

}
