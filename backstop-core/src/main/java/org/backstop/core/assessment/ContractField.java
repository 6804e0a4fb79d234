package org.backstop.core.assessment;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import org.backstop.core.json.Coded;
import org.backstop.core.json.JsonFields;

/**
 * One field of a JSON contract, declared once: where it is, what it holds, whether it
 * must be given and whether "not sure" is an answer. The contract's reader reads the
 * field through it (with {@link JsonFields}, so every problem keeps its words), and the
 * API description and the wizard are built from the same declaration, so the three cannot
 * drift apart.
 *
 * @param <T> what reading the field gives
 */
public final class ContractField<T> {

	/** What a field holds. */
	public enum Kind {

		/** A whole number from {@link #min()} to {@link #max()}. */
		WHOLE_NUMBER,
		/** {@code true} or {@code false}. */
		YES_NO,
		/** One of {@link #codes()}, as a string. */
		CODE,
		/** An array of {@link #codes()}, each at most once. */
		CODES,
		/** A date and time with an offset. */
		DATE_TIME,
		/** Text of at most {@link #max()} characters. */
		TEXT,
		/** A JSON object whose fields are declared under its path. */
		OBJECT,
		/**
		 * An array of at most {@link #max()} JSON objects, whose fields are declared
		 * under its path followed by {@code []}.
		 */
		OBJECTS

	}

	/** Whether a field must be given. */
	public enum Presence {

		REQUIRED,
		/** May be left out, or {@code null}. */
		OPTIONAL,
		/**
		 * May be left out, or given as {@code "not_sure"} when the person cannot say:
		 * read then as the most urgent known answer.
		 */
		OPTIONAL_OR_NOT_SURE

	}

	/**
	 * How one kind of field is read with {@link JsonFields}, which names every problem.
	 */
	@FunctionalInterface
	public interface Read<T> {

		T read(JsonFields fields, JsonNode parent, ContractField<T> field);

	}

	private final String path;

	private final Kind kind;

	private final Presence presence;

	private final int min;

	private final int max;

	private final List<String> codes;

	private final Read<T> read;

	private final String description;

	private ContractField(String path, Kind kind, Presence presence, int min, int max, List<String> codes,
			Read<T> read) {
		this(path, kind, presence, min, max, codes, read, null);
	}

	private ContractField(String path, Kind kind, Presence presence, int min, int max, List<String> codes, Read<T> read,
			String description) {
		this.description = description;
		this.path = path;
		this.kind = kind;
		this.presence = presence;
		this.min = min;
		this.max = max;
		this.codes = List.copyOf(codes);
		this.read = read;
	}

	/** A whole number from {@code min} to {@code max}. */
	public static ContractField<Integer> wholeNumber(String path, Presence presence, int min, int max) {
		return new ContractField<>(path, Kind.WHOLE_NUMBER, presence, min, max, List.of(),
				(fields, parent, field) -> field.required() ? fields.requiredInt(parent, field.name(), min, max)
						: fields.optionalInt(parent, field.name(), min, max));
	}

	/** {@code true} or {@code false}; never required, since no question demands a yes. */
	public static ContractField<Boolean> yesNo(String path, Presence presence) {
		if (presence == Presence.REQUIRED) {
			throw new IllegalArgumentException(path + ": a yes or no is never required");
		}
		return new ContractField<>(path, Kind.YES_NO, presence, 0, 0, List.of(),
				(fields, parent, field) -> fields.optionalBoolean(parent, field.name()));
	}

	/** One code of an enum. */
	public static <E extends Enum<E> & Coded> ContractField<E> code(String path, Presence presence, Class<E> type) {
		Coded.Codes<E> codes = Coded.codes(type);
		return new ContractField<>(path, Kind.CODE, presence, 0, 0, codes.allowed(),
				(fields, parent, field) -> field.required() ? fields.requiredCode(parent, field.name(), codes)
						: fields.optionalCode(parent, field.name(), codes));
	}

	/**
	 * One code of a list, read in a way of its own (for a code whose problems need words
	 * of their own).
	 */
	public static <V> ContractField<V> code(String path, Presence presence, List<String> codes, Read<V> read) {
		return new ContractField<>(path, Kind.CODE, presence, 0, 0, codes, read);
	}

	/** Any number of an enum's codes; not given is none. */
	public static <E extends Enum<E> & Coded> ContractField<Set<E>> codes(String path, Class<E> type) {
		Coded.Codes<E> codes = Coded.codes(type);
		return new ContractField<>(path, Kind.CODES, Presence.OPTIONAL, 0, JsonFields.MAX_CODES_IN_A_LIST,
				codes.allowed(), (fields, parent, field) -> fields.codeSet(parent, field.name(), codes, type));
	}

	/** Any number of exercise ids or categories; not given is none. */
	public static ContractField<Set<String>> activities(String path, List<String> known) {
		return new ContractField<>(path, Kind.CODES, Presence.OPTIONAL, 0, JsonFields.MAX_CODES_IN_A_LIST, known,
				(fields, parent, field) -> fields.activities(parent, field.name(), known));
	}

	/** A date and time with an offset, such as {@code 2025-03-01T08:30:00Z}. */
	public static ContractField<Instant> dateTime(String path, Presence presence) {
		return new ContractField<>(path, Kind.DATE_TIME, presence, 0, 0, List.of(),
				(fields, parent, field) -> field.required() ? fields.requiredInstant(parent, field.name())
						: fields.optionalInstant(parent, field.name()));
	}

	/** Text of at most {@code maxLength} characters; blank counts as not given. */
	public static ContractField<String> text(String path, Presence presence, int maxLength) {
		return new ContractField<>(path, Kind.TEXT, presence, 0, maxLength, List.of(),
				(fields, parent, field) -> field.required() ? fields.requiredText(parent, field.name(), maxLength)
						: fields.optionalText(parent, field.name(), maxLength));
	}

	/** A JSON object, opened with {@link #open}. */
	public static ContractField<JsonNode> object(String path, Presence presence) {
		return new ContractField<>(path, Kind.OBJECT, presence, 0, 0, List.of(),
				(fields, parent, field) -> parent.get(field.name()));
	}

	/**
	 * An array of at most {@code maxItems} JSON objects; reading it gives the array, or
	 * {@code null} when it is not given or not fit to read.
	 * @param whatItHolds what the array holds, in the words of its problems
	 */
	public static ContractField<JsonNode> objects(String path, int maxItems, String whatItHolds) {
		return new ContractField<>(path, Kind.OBJECTS, Presence.OPTIONAL, 0, maxItems, List.of(),
				(fields, parent, field) -> fields.array(parent, field.name(), maxItems, whatItHolds));
	}

	/**
	 * This field, described in words for the API description: what the declaration alone
	 * does not say.
	 */
	public ContractField<T> describedAs(String description) {
		return new ContractField<>(this.path, this.kind, this.presence, this.min, this.max, this.codes, this.read,
				description);
	}

	/** Words for the API description, or {@code null}. */
	public String description() {
		return this.description;
	}

	/** The field's path in the contract, such as {@code pain.intensity}. */
	public String path() {
		return this.path;
	}

	/** The field's name in its object, such as {@code intensity}. */
	public String name() {
		return this.path.substring(this.path.lastIndexOf('.') + 1);
	}

	/**
	 * The path of the object that holds the field: empty at the root, {@code doses[]} for
	 * a field of each item of {@code doses}.
	 */
	public String objectPath() {
		int dot = this.path.lastIndexOf('.');
		return (dot < 0) ? "" : this.path.substring(0, dot);
	}

	/**
	 * The path of the objects this field holds: its own path for an object, followed by
	 * {@code []} for an array of objects.
	 */
	public String innerPath() {
		return (this.kind == Kind.OBJECTS) ? this.path + "[]" : this.path;
	}

	public Kind kind() {
		return this.kind;
	}

	public Presence presence() {
		return this.presence;
	}

	public boolean required() {
		return this.presence == Presence.REQUIRED;
	}

	/** Whether {@code "not_sure"} is an answer to it. */
	public boolean acceptsNotSure() {
		return this.presence == Presence.OPTIONAL_OR_NOT_SURE;
	}

	/** The least whole number; 0 for other kinds. */
	public int min() {
		return this.min;
	}

	/**
	 * The greatest whole number, the longest text, or the most entries of a list; 0 for
	 * other kinds.
	 */
	public int max() {
		return this.max;
	}

	/** The codes allowed, in the contract's order; empty for fields without codes. */
	public List<String> codes() {
		return this.codes;
	}

	/**
	 * Reads the field of {@code parent}, naming each problem in {@code fields}; a "not
	 * sure" answer reads as {@code null}.
	 */
	public T read(JsonFields fields, JsonNode parent) {
		return answer(fields, parent).value();
	}

	/**
	 * Reads the field's answer, saying whether it was "not sure": a problem with a field
	 * that takes "not sure" says so.
	 */
	public JsonFields.Answer<T> answer(JsonFields fields, JsonNode parent) {
		if (acceptsNotSure()) {
			return fields.orNotSure(parent, name(), () -> this.read.read(fields, parent, this));
		}
		return new JsonFields.Answer<>(this.read.read(fields, parent, this), false);
	}

	/**
	 * Opens this object of {@code parent}, rejecting any field {@code contract} does not
	 * declare in it; {@code null} when it is absent or not an object.
	 */
	public JsonFields open(JsonFields fields, JsonNode parent, List<ContractField<?>> contract) {
		if (this.kind != Kind.OBJECT) {
			throw new IllegalStateException(this.path + " is not an object");
		}
		return fields.object(parent, name(), required(), namesIn(contract, this.path));
	}

	/** The names of the fields {@code contract} declares in the object at this path. */
	public static Set<String> namesIn(List<ContractField<?>> contract, String objectPath) {
		return contract.stream()
			.filter((field) -> field.objectPath().equals(objectPath))
			.map(ContractField::name)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The field at {@code path} in {@code contract}. */
	public static ContractField<?> at(List<ContractField<?>> contract, String path) {
		return contract.stream()
			.filter((field) -> field.path().equals(path))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no field " + path));
	}

	@Override
	public String toString() {
		return this.path + " (" + this.kind + ", " + this.presence
				+ (this.codes.isEmpty() ? "" : ", " + Arrays.toString(this.codes.toArray())) + ")";
	}

}
