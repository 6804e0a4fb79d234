package org.backstop.app.account;

import java.util.Locale;
import java.util.Optional;

import org.backstop.core.problem.CodedText;

/**
 * Email addresses as sign-in names: one form for each, and a plain check of its shape.
 */
public final class Emails {

	/** The longest address SMTP can carry. */
	public static final int MAX_LENGTH = 254;

	private Emails() {
	}

	/** The stored form: trimmed and lower case, so that case never makes two accounts. */
	public static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/** What is wrong with the address, or empty. Delivery is what really proves it. */
	public static Optional<String> problem(String email) {
		return fault(email).map(CodedText::english);
	}

	/** What {@link #problem} says, with its code and arguments. */
	public static Optional<CodedText> fault(String email) {
		if (email.codePointCount(0, email.length()) > MAX_LENGTH) {
			return Optional.of(Problem.EMAIL_TOO_LONG.text());
		}
		int at = email.lastIndexOf('@');
		boolean shaped = at > 0 && at < email.length() - 3 && email.indexOf('@') == at
				&& email.indexOf('.', at) > at + 1 && !email.endsWith(".")
				&& email.chars().noneMatch((c) -> Character.isWhitespace(c) || Character.isISOControl(c));
		return shaped ? Optional.empty() : Optional.of(Problem.NOT_AN_EMAIL.text());
	}

}
