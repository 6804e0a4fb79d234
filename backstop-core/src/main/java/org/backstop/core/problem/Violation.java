package org.backstop.core.problem;

import java.util.List;

/**
 * One problem with the input, named by the path of the field it concerns, such as
 * {@code pain.intensity}, {@code symptoms[2]} or, for the whole document, {@code $}. What
 * is wrong is a {@link CodedText}: a stable code and its arguments, so a page can say it
 * in the reader's language, and the English words the API and the command line give.
 *
 * @param field path of the field
 * @param text what is wrong
 */
public record Violation(String field, CodedText text) {

	/**
	 * The problem {@code code} with {@code field}, its English words made from
	 * {@code englishPattern} and {@code arguments} (see {@link CodedText#of}).
	 */
	public static Violation of(String field, String code, String englishPattern, Object... arguments) {
		return new Violation(field, CodedText.of(code, englishPattern, arguments));
	}

	/** The stable name of the problem, such as {@code required}. */
	public String code() {
		return this.text.code();
	}

	/** The values the problem's words mention. */
	public List<Object> arguments() {
		return this.text.arguments();
	}

	/** What is wrong, in English words a person can act on. */
	public String message() {
		return this.text.english();
	}

	/** The same problem at another path, such as an array item's. */
	public Violation at(String otherField) {
		return new Violation(otherField, this.text);
	}

	/** The form the command line prints: {@code field: message}. */
	@Override
	public String toString() {
		return this.field + ": " + message();
	}

}
