package org.backstop.core.json;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A value that travels as a snake_case code in JSON, such as {@code lower_back}.
 */
public interface Coded {

	@JsonValue
	String code();

	/**
	 * The enum constant's name as a code: {@code LOWER_BACK} becomes {@code lower_back}.
	 */
	static String codeOf(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT);
	}

	/** A lookup table from code to constant, built once per enum. */
	static <E extends Enum<E> & Coded> Codes<E> codes(Class<E> type) {
		return new Codes<>(type);
	}

	/** The codes of one enum, for parsing and for messages that list what is allowed. */
	final class Codes<E extends Enum<E> & Coded> {

		private final Map<String, E> byCode;

		private final List<String> allowed;

		private Codes(Class<E> type) {
			this.byCode = Arrays.stream(type.getEnumConstants())
				.collect(Collectors.toUnmodifiableMap(Coded::code, Function.identity()));
			this.allowed = Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
		}

		public Optional<E> find(String code) {
			return Optional.ofNullable(this.byCode.get(code));
		}

		public List<String> allowed() {
			return this.allowed;
		}

	}

}
