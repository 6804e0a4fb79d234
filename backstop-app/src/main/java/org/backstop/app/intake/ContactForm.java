package org.backstop.app.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.backstop.app.account.Emails;
import org.backstop.app.account.Problem;
import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.CodedText;
import org.backstop.core.problem.Violation;

/**
 * The contact form as typed, and its checks: each problem names its field. What to attach
 * ({@code assessment}) is checked where the assessments are; the bot checks (the hidden
 * {@code website} field, the signed {@code stamp}) are not the person's to fix, so they
 * are not problems here.
 *
 * @param name how to address the person
 * @param email an email address, or empty
 * @param phone a phone number, or empty
 * @param contactMethod a {@link ContactMethod} code
 * @param contactTime a {@link ContactTime} code
 * @param reason a {@link ContactReason} code
 * @param message what they want to say, or empty
 * @param assessment empty, {@code this_browser}, or a saved assessment's id
 * @param consentContact {@code yes} when ticked
 * @param consentPrivacy {@code yes} when ticked
 * @param website the honeypot: hidden from people, filled in by scripts
 * @param stamp when the form was handed out, signed
 * @param from the page of the clinic's site that framed the form (context only)
 */
record ContactForm(String name, String email, String phone, String contactMethod, String contactTime, String reason,
		String message, String assessment, String consentContact, String consentPrivacy, String website, String stamp,
		String from) {

	static final int MAX_NAME = 100;

	static final int MAX_PHONE = 40;

	static final int MAX_MESSAGE = 2000;

	static final int MAX_FROM = 300;

	static final String THIS_BROWSER = "this_browser";

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{2,39}");

	static ContactForm empty(String assessment, String stamp, String from) {
		return new ContactForm("", "", "", ContactMethod.EITHER.code(), ContactTime.ANY_TIME.code(), "", "", assessment,
				"", "", "", stamp, from);
	}

	/** The same answers, with a new stamp, to hand out again. */
	ContactForm restamped(String newStamp) {
		return new ContactForm(this.name, this.email, this.phone, this.contactMethod, this.contactTime, this.reason,
				this.message, this.assessment, this.consentContact, this.consentPrivacy, "", newStamp, this.from);
	}

	/** The same answers, without a framing page: the form was not framed. */
	ContactForm withoutContext() {
		return new ContactForm(this.name, this.email, this.phone, this.contactMethod, this.contactTime, this.reason,
				this.message, this.assessment, this.consentContact, this.consentPrivacy, this.website, this.stamp,
				null);
	}

	/** The fields to show again, as typed. */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", orEmpty(this.name));
		values.put("email", orEmpty(this.email));
		values.put("phone", orEmpty(this.phone));
		values.put("contactMethod", orEmpty(this.contactMethod));
		values.put("contactTime", orEmpty(this.contactTime));
		values.put("reason", orEmpty(this.reason));
		values.put("message", orEmpty(this.message));
		values.put("assessment", orEmpty(this.assessment));
		values.put("consentContact", orEmpty(this.consentContact));
		values.put("consentPrivacy", orEmpty(this.consentPrivacy));
		values.put("stamp", orEmpty(this.stamp));
		values.put("from", orEmpty(this.from));
		return values;
	}

	/** Whether the hidden field was filled in: only a script sees it. */
	boolean isHoneypotFilled() {
		return this.website != null && !this.website.isEmpty();
	}

	/** The checked request, without its attachment, or every problem. */
	Checked<Contact> check() {
		List<Violation> problems = new ArrayList<>();
		String checkedName = text("name", this.name, MAX_NAME, false, problems);
		if (checkedName.isEmpty() && !named("name", problems)) {
			problems.add(Problem.REQUIRED.on("name"));
		}
		String checkedEmail = text("email", this.email, Emails.MAX_LENGTH, false, problems);
		if (!checkedEmail.isEmpty()) {
			checkedEmail = Emails.normalize(checkedEmail);
			Optional<CodedText> fault = Emails.fault(checkedEmail);
			if (fault.isPresent()) {
				problems.add(new Violation("email", fault.get()));
			}
		}
		String checkedPhone = text("phone", this.phone, MAX_PHONE, false, problems);
		if (!checkedPhone.isEmpty() && !PHONE.matcher(checkedPhone).matches()) {
			problems.add(new Violation("phone", CodedText.of("contact.phone.invalid",
					"must be a phone number: digits, spaces and + ( ) - . only, such as +34 612 345 678")));
		}
		if (checkedEmail.isEmpty() && checkedPhone.isEmpty() && !named("email", problems)
				&& !named("phone", problems)) {
			problems.add(new Violation("email", CodedText.of("contact.email_or_phone",
					"give an email address or a phone number (or both), so the clinic can reach you")));
		}
		ContactMethod method = choice("contactMethod", ContactMethod.of(this.contactMethod), problems);
		if (method == ContactMethod.EMAIL && checkedEmail.isEmpty() && !named("email", problems)) {
			problems.add(new Violation("email",
					CodedText.of("contact.method.needs_email", "is needed when you would like an email")));
		}
		if (method == ContactMethod.PHONE && checkedPhone.isEmpty() && !named("phone", problems)) {
			problems.add(new Violation("phone",
					CodedText.of("contact.method.needs_phone", "is needed when you would like a call")));
		}
		ContactTime time = choice("contactTime", ContactTime.of(this.contactTime), problems);
		ContactReason why = choice("reason", ContactReason.of(this.reason), problems);
		String checkedMessage = text("message", this.message, MAX_MESSAGE, true, problems);
		if (!"yes".equals(this.consentContact)) {
			problems.add(new Violation("consentContact", CodedText.of("contact.consent.contact",
					"tick this so that the clinic may contact you; without it we cannot pass on your request")));
		}
		if (!"yes".equals(this.consentPrivacy)) {
			problems.add(new Violation("consentPrivacy", CodedText.of("contact.consent.privacy",
					"tick this to say you have read how your request is kept and used")));
		}
		if (!problems.isEmpty()) {
			return Checked.invalid(problems);
		}
		return Checked.valid(new Contact(checkedName, checkedEmail, checkedPhone, method, time, why, checkedMessage,
				context(this.from)));
	}

	/**
	 * The framing page's address as context for staff: cut to its length, control
	 * characters dropped. Never used for anything but showing.
	 */
	static String context(String from) {
		if (from == null || from.isBlank()) {
			return null;
		}
		String cleaned = from.strip().replaceAll("\\p{Cntrl}", "");
		return cleaned.substring(0, Math.min(cleaned.length(), MAX_FROM));
	}

	private static boolean named(String field, List<Violation> problems) {
		return problems.stream().anyMatch((p) -> p.field().equals(field));
	}

	private static <T> T choice(String field, Optional<T> chosen, List<Violation> problems) {
		if (chosen.isEmpty()) {
			problems.add(new Violation(field, CodedText.of("contact.choose", "choose one of the answers")));
			return null;
		}
		return chosen.get();
	}

	private static String text(String field, String value, int max, boolean lines, List<Violation> problems) {
		String text = (value == null) ? "" : value.strip().replace("\r\n", "\n");
		// The same rule as every JSON text field: no control characters (line breaks
		// only where several lines are allowed), no lone surrogates, at most max.
		Optional<CodedText> fault = JsonFields.textFault(text, max, lines);
		fault.ifPresent((problem) -> problems.add(new Violation(field, problem)));
		return fault.isPresent() ? "" : text;
	}

	private static String orEmpty(String value) {
		return (value == null) ? "" : value;
	}

	/**
	 * A request that passed its checks.
	 *
	 * @param name how to address the person
	 * @param email their email address, or empty
	 * @param phone their phone number, or empty
	 * @param method how they would like to be contacted
	 * @param time when
	 * @param reason why they write
	 * @param message what they say, or empty
	 * @param embeddedFrom the page that framed the form, or {@code null}
	 */
	record Contact(String name, String email, String phone, ContactMethod method, ContactTime time,
			ContactReason reason, String message, String embeddedFrom) {
	}

}
