package org.backstop.app.intake;

import java.util.Locale;
import java.util.Optional;

/** Where a request stands in the queue; a new request is NEW. */
public enum IntakeStatus {

	NEW, CONTACTED, BOOKED, CLOSED;

	/** The form's and the CSV's word for it. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<IntakeStatus> of(String code) {
		for (IntakeStatus value : values()) {
			if (value.code().equals(code)) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

}
