package org.backstop.core.problem;

/**
 * One problem with the input, named by the path of the field it concerns, such as
 * {@code pain.intensity}, {@code symptoms[2]} or, for the whole document, {@code $}.
 *
 * @param field path of the field
 * @param message what is wrong, in words a person can act on
 */
public record Violation(String field, String message) {

	/** The form the command line prints: {@code field: message}. */
	@Override
	public String toString() {
		return this.field + ": " + this.message;
	}

}
