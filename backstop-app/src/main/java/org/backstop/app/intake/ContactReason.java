package org.backstop.app.intake;

import java.util.Locale;
import java.util.Optional;

/** Why the person writes, as they choose it. */
public enum ContactReason {

	NEW_PROBLEM, ONGOING_PROBLEM, APPOINTMENT, QUESTION, OTHER;

	/** The form's and the CSV's word for it. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<ContactReason> of(String code) {
		for (ContactReason value : values()) {
			if (value.code().equals(code)) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

}
