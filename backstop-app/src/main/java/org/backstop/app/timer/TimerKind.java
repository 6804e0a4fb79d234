package org.backstop.app.timer;

import java.util.Locale;
import java.util.Optional;

/** The timers Backstop offers, by the code used in their address. */
public enum TimerKind {

	HEAT, COLD, STRETCH, BREATHING;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<TimerKind> of(String code) {
		for (TimerKind kind : values()) {
			if (kind.code().equals(code)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
