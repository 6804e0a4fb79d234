package org.backstop.app.reminder;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a reminder is for. */
enum ReminderKind {

	EXERCISE, HYDRATION, QUESTIONNAIRE, MEDICINE;

	@JsonValue
	String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	static Optional<ReminderKind> of(String code) {
		return Arrays.stream(values()).filter((kind) -> kind.code().equals(code)).findFirst();
	}

	static List<String> codes() {
		return Arrays.stream(values()).map(ReminderKind::code).toList();
	}

}
