package org.backstop.app.questionnaire;

import java.time.LocalDate;
import java.util.Optional;

import org.backstop.core.questionnaire.Instrument;
import org.backstop.core.questionnaire.Instruments;
import org.backstop.core.questionnaire.Use;

/**
 * When a person is asked each questionnaire again: pain every day (the diary asks it
 * too), the PEG every week (it asks about the past week), STarT Back once (it sorts
 * people at the start of their care; a clinician may ask it again). Instruments a
 * clinician enters are never due for the person.
 */
final class Schedule {

	private Schedule() {
	}

	/** Days between two answers, or empty when the person is asked only once or never. */
	static Optional<Integer> everyDays(Instrument instrument) {
		if (instrument.use() == Use.CLINICIAN_ENTERED) {
			return Optional.empty();
		}
		if (instrument == Instruments.NRS) {
			return Optional.of(1);
		}
		if (instrument == Instruments.PEG) {
			return Optional.of(7);
		}
		return Optional.empty();
	}

	/**
	 * The day it is next due, given the last day it was answered; empty when not due
	 * again.
	 */
	static Optional<LocalDate> nextDue(Instrument instrument, Optional<LocalDate> lastAnswered, LocalDate today) {
		if (instrument.use() == Use.CLINICIAN_ENTERED) {
			return Optional.empty();
		}
		if (lastAnswered.isEmpty()) {
			return Optional.of(today);
		}
		return everyDays(instrument).map((days) -> lastAnswered.get().plusDays(days));
	}

}
