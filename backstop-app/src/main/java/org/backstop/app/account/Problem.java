package org.backstop.app.account;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;

import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.Violation;

/**
 * The problems the account, password reset and deletion checks find, each with the
 * English words the API answers with (for developers) and a message code the pages show
 * in the person's language. The rules stay where they are; this only names their outcomes
 * once.
 */
public enum Problem {

	REQUIRED("problem.required", "is required"),

	EMAIL_TOO_LONG("problem.emailTooLong", "is longer than " + Emails.MAX_LENGTH + " characters", Emails.MAX_LENGTH),

	NOT_AN_EMAIL("problem.notAnEmail", "is not an email address such as name@example.org"),

	EMAIL_TAKEN("problem.emailTaken",
			"cannot be used for a new account; if it is yours, sign in or reset your password"),

	PASSWORD_TOO_SHORT("problem.passwordTooShort",
			"must be at least " + PasswordPolicy.MIN_LENGTH
					+ " characters; a few unrelated words with spaces make a strong one that is easy to remember",
			PasswordPolicy.MIN_LENGTH),

	PASSWORD_TOO_LONG("problem.passwordTooLong", "must be at most " + PasswordPolicy.MAX_LENGTH + " characters",
			PasswordPolicy.MAX_LENGTH),

	PASSWORD_COMMON("problem.passwordCommon", "is too common or too easy to guess; choose another"),

	PASSWORD_PERSONAL("problem.passwordPersonal", "must not contain your email address or the name of this service"),

	NAME_TOO_LONG("problem.nameTooLong", "is longer than " + AccountPages.MAX_NAME_LENGTH + " characters",
			AccountPages.MAX_NAME_LENGTH),

	BAD_LINK("problem.badLink",
			"this link does not work any more: it was used, it expired, or it was copied "
					+ "incompletely; ask for a new one"),

	CONTROL_CHARACTER("problem.controlCharacter", JsonFields.CONTROL_CHARACTER),

	NOT_UNICODE("problem.notUnicode", JsonFields.NOT_UNICODE),

	NOT_YOUR_PASSWORD("problem.notYourPassword", "is not your password"),

	// The words of AccountDeletion.PHRASE; pages ask for them in the person's language.
	CONFIRM_PHRASE("problem.confirmPhrase", "must be the words \"delete my account\"");

	private final String code;

	private final String message;

	private final Object[] arguments;

	Problem(String code, String message, Object... arguments) {
		this.code = code;
		this.message = message;
		this.arguments = arguments;
	}

	/** The key of the page text in the {@code account} bundle. */
	public String code() {
		return this.code;
	}

	/** The English words, as the API and the command line give them. */
	public String message() {
		return this.message;
	}

	public Violation on(String field) {
		return new Violation(field, this.message);
	}

	/**
	 * The words a page shows for a violation: the person's language when the problem is
	 * one of these, otherwise the violation's own words.
	 */
	public static String inWords(Violation violation, MessageSource messages, Locale locale) {
		return Arrays.stream(values())
			.filter((problem) -> problem.message.equals(violation.message()))
			.findFirst()
			.map((problem) -> problem.inWords(messages, locale))
			.orElse(violation.message());
	}

	public String inWords(MessageSource messages, Locale locale) {
		return messages.getMessage(this.code, this.arguments, this.message, locale);
	}

}
