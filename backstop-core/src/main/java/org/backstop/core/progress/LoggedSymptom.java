package org.backstop.core.progress;

import java.time.LocalDate;

import org.backstop.core.assessment.Symptom;

/**
 * A symptom logged in the diary.
 *
 * @param date the person's day it was logged for
 * @param symptom the symptom, by the assessment's code
 * @param notSure whether the person was not sure of it; read the cautious way, as the
 * assessment reads a "not sure"
 */
public record LoggedSymptom(LocalDate date, Symptom symptom, boolean notSure) {

	public static LoggedSymptom present(LocalDate date, Symptom symptom) {
		return new LoggedSymptom(date, symptom, false);
	}

	public static LoggedSymptom notSure(LocalDate date, Symptom symptom) {
		return new LoggedSymptom(date, symptom, true);
	}

}
