package org.backstop.app.intake;

import java.util.Locale;
import java.util.Optional;

/** When the person would rather be contacted. */
public enum ContactTime {

	ANY_TIME, MORNING, AFTERNOON, EVENING;

	/** The form's and the CSV's word for it. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<ContactTime> of(String code) {
		for (ContactTime value : values()) {
			if (value.code().equals(code)) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

}
