package org.backstop.app.diary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.backstop.core.json.Coded;

/** A day's factors as the API shows them; a factor not logged is left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DayView(LocalDate date, BigDecimal sleepHours, String sleepQuality, String sleepPosition, String mattress,
		Integer waterGlasses, BigDecimal sittingHours, Boolean lifting, Integer exerciseMinutes, Integer stress,
		Integer alcoholUnits, String notes, Map<String, Boolean> personal) {

	static DayView of(DayFactors day) {
		return new DayView(day.date(), day.sleepHours(), code(day.sleepQuality()), code(day.sleepPosition()),
				code(day.mattress()), day.waterGlasses(), day.sittingHours(), day.lifting(), day.exerciseMinutes(),
				day.stress(), day.alcoholUnits(), day.notes(), day.personal());
	}

	private static String code(Coded coded) {
		return (coded != null) ? coded.code() : null;
	}

}
