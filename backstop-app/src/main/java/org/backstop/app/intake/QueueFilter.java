package org.backstop.app.intake;

import java.util.Locale;

/**
 * Which requests the queue shows: by status, by urgency, and text found in the name,
 * contact details or message. Anything not understood shows everything for that part.
 *
 * @param status a status, or {@code null} for any
 * @param urgentOnly only requests more urgent than a routine appointment
 * @param search text to look for, or empty
 */
record QueueFilter(IntakeStatus status, boolean urgentOnly, String search) {

	static final int MAX_SEARCH = 100;

	static QueueFilter of(String status, String urgency, String search) {
		String text = (search == null) ? "" : search.strip();
		if (text.length() > MAX_SEARCH) {
			text = text.substring(0, MAX_SEARCH);
		}
		return new QueueFilter(IntakeStatus.of(status).orElse(null), "urgent".equals(urgency), text);
	}

	/** The search as a LIKE pattern, its wildcards escaped with {@code \}. */
	String likePattern() {
		String escaped = this.search.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
