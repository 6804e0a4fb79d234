package org.backstop.app.diary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The daily factors of one of a person's days. A {@code null} was not logged, which is
 * never read as "no": a factor not logged on a day is left out of that factor's
 * comparison.
 *
 * @param date the person's own calendar day
 * @param sleepHours hours slept the night before, 0 to 24 in half hours
 * @param sleepQuality how well they slept
 * @param sleepPosition how they slept
 * @param mattress the mattress they slept on
 * @param waterGlasses glasses of water drunk
 * @param sittingHours hours spent sitting, 0 to 24 in half hours
 * @param lifting whether they lifted, carried or did manual work
 * @param exerciseMinutes minutes of exercise
 * @param stress stress 0 to 10
 * @param alcoholUnits units of alcohol
 * @param notes free text
 * @param personal the person's own factors, by name, with whether each was present
 */
record DayFactors(LocalDate date, BigDecimal sleepHours, SleepQuality sleepQuality, SleepPosition sleepPosition,
		Mattress mattress, Integer waterGlasses, BigDecimal sittingHours, Boolean lifting, Integer exerciseMinutes,
		Integer stress, Integer alcoholUnits, String notes, Map<String, Boolean> personal) {

	DayFactors {
		personal = Map.copyOf(personal);
	}

	/** The same factors on another day, for carrying yesterday's forward. */
	DayFactors on(LocalDate day) {
		return new DayFactors(day, this.sleepHours, this.sleepQuality, this.sleepPosition, this.mattress,
				this.waterGlasses, this.sittingHours, this.lifting, this.exerciseMinutes, this.stress,
				this.alcoholUnits, null, this.personal);
	}

}
