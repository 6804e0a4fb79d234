package org.backstop.core.problem;

import java.text.Format;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Words for a person that any language can give: a stable {@code code} (short, dotted,
 * lowercase, such as {@code number.range}), the {@code arguments} the words need (text
 * and numbers), and the English words made from them. A translation is found by its code
 * and fed the same arguments; without one, the English stands.
 *
 * @param code stable name of what is said
 * @param arguments the values the words mention, in order
 * @param english the words in English
 */
public record CodedText(String code, List<Object> arguments, String english) {

	/** How many parsed patterns are kept at most (see {@link #parsed}). */
	private static final int MAX_PARSED = 4096;

	private static final Map<String, MessageFormat> PARSED = new ConcurrentHashMap<>();

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");

	public CodedText {
		Objects.requireNonNull(english, "english");
		if (code == null || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("not a code: " + code);
		}
		arguments = List.copyOf(arguments);
	}

	/**
	 * The text for {@code code}, its English made from {@code englishPattern} (a
	 * {@link MessageFormat} pattern: {@code {0}} is the first argument).
	 */
	public static CodedText of(String code, String englishPattern, Object... arguments) {
		List<Object> values = List.copyOf(Arrays.asList(arguments));
		return new CodedText(code, values, format(englishPattern, Locale.ENGLISH, values));
	}

	/**
	 * Fills a {@link MessageFormat} pattern in a language. A number in a plain
	 * {@code {0}} is written as digits alone (an age, a count, a limit such as 1000);
	 * {@code {0,number,#,##0}} and the like group it as the language does. A
	 * {@code CodedText} argument (a medicine's name, a duration) gives its English: a
	 * translator gives its own words for it first.
	 */
	public static String format(String pattern, Locale locale, List<Object> arguments) {
		MessageFormat format = parsed(pattern, locale);
		Format[] formats = format.getFormatsByArgumentIndex();
		Object[] values = arguments.toArray();
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof CodedText text) {
				values[i] = text.english();
			}
			else if (values[i] instanceof Number && (i >= formats.length || formats[i] == null)) {
				values[i] = String.valueOf(values[i]);
			}
		}
		return format.format(values);
	}

	/**
	 * The pattern parsed once per language (parsing builds number and choice formats, the
	 * dearest part of a sentence), copied for each use: a {@link MessageFormat} is not
	 * safe to share between threads. The patterns are the program's and its bundles', so
	 * the cache stays small; past {@link #MAX_PARSED} it stops growing.
	 */
	private static MessageFormat parsed(String pattern, Locale locale) {
		String key = locale.toLanguageTag() + '\u0000' + pattern;
		MessageFormat format = PARSED.get(key);
		if (format == null) {
			format = new MessageFormat(pattern, locale);
			if (PARSED.size() < MAX_PARSED) {
				PARSED.putIfAbsent(key, format);
			}
		}
		return (MessageFormat) format.clone();
	}

	@Override
	public String toString() {
		return this.english;
	}

}
