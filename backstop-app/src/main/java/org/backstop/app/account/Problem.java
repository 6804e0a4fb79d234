package org.backstop.app.account;

import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.CodedText;
import org.backstop.core.problem.Violation;

/**
 * The problems the account, password reset and deletion checks find, each with its
 * problem code and the English words the API answers with. Pages say them in the person's
 * language through {@code system/ProblemTexts}, as every other problem. The rules stay
 * where they are; this only names their outcomes once.
 */
public enum Problem {

	REQUIRED("required", "is required"),

	EMAIL_TOO_LONG("email.too_long", "is longer than {0} characters", Emails.MAX_LENGTH),

	NOT_AN_EMAIL("email.invalid", "is not an email address such as name@example.org"),

	EMAIL_TAKEN("email.taken", "cannot be used for a new account; if it is yours, sign in or reset your password"),

	PASSWORD_TOO_SHORT("password.too_short",
			"must be at least {0} characters; a few unrelated words with spaces make a strong one that is easy to remember",
			PasswordPolicy.MIN_LENGTH),

	PASSWORD_TOO_LONG("password.too_long", "must be at most {0} characters", PasswordPolicy.MAX_LENGTH),

	PASSWORD_COMMON("password.common", "is too common or too easy to guess; choose another"),

	PASSWORD_PERSONAL("password.personal", "must not contain your email address or the name of this service"),

	NAME_TOO_LONG("name.too_long", "is longer than {0} characters", AccountPages.MAX_NAME_LENGTH),

	BAD_LINK("link.bad",
			"this link does not work any more: it was used, it expired, or it was copied "
					+ "incompletely; ask for a new one"),

	CONTROL_CHARACTER("text.control_character", JsonFields.CONTROL_CHARACTER),

	NOT_UNICODE("text.not_unicode", JsonFields.NOT_UNICODE),

	NOT_YOUR_PASSWORD("password.wrong", "is not your password"),

	// The words of AccountDeletion.PHRASE; pages ask for them in the person's language.
	CONFIRM_PHRASE("confirm.phrase", "must be the words \"delete my account\"");

	private final CodedText text;

	Problem(String code, String englishPattern, Object... arguments) {
		this.text = CodedText.of(code, englishPattern, arguments);
	}

	/** The code, arguments and English words. */
	public CodedText text() {
		return this.text;
	}

	/** The English words, as the API and the command line give them. */
	public String message() {
		return this.text.english();
	}

	public Violation on(String field) {
		return new Violation(field, this.text);
	}

}
