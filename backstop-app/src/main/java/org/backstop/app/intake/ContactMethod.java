package org.backstop.app.intake;

import java.util.Locale;
import java.util.Optional;

/** How the person would like to be contacted. */
public enum ContactMethod {

	EMAIL, PHONE, EITHER;

	/** The form's and the CSV's word for it. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<ContactMethod> of(String code) {
		for (ContactMethod value : values()) {
			if (value.code().equals(code)) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

}
