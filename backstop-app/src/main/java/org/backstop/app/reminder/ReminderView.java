package org.backstop.app.reminder;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A reminder as the API answers it and the export holds it: the same field names the API
 * takes.
 *
 * @param id its id
 * @param kind what it is for
 * @param label the person's own words
 * @param times the times of day it rings, {@code HH:mm}
 * @param days the day codes it rings on
 * @param everyHours hydration only: the hours between two
 * @param from the start of that window
 * @param until the end of that window
 * @param timeZone the person's IANA time zone
 * @param ingredient medicine only: the ingredient code
 * @param active whether it rings
 * @param createdAt when it was made
 * @param updatedAt when it was last changed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReminderView(UUID id, String kind, String label, List<String> times, List<String> days,
		Integer everyHours, String from, String until, String timeZone, String ingredient, boolean active,
		Instant createdAt, Instant updatedAt) {

	static ReminderView of(Reminder reminder) {
		Reminder.Schedule s = reminder.schedule();
		return new ReminderView(reminder.id(), s.kind().code(), s.label(),
				s.times().stream().map(ReminderView::hhmm).toList(),
				s.days().stream().sorted().map((day) -> ReminderInput.DAY_CODES.get(day.getValue() - 1)).toList(),
				s.everyHours(), (s.from() != null) ? hhmm(s.from()) : null,
				(s.until() != null) ? hhmm(s.until()) : null, s.zone().getId(),
				(s.ingredient() != null) ? s.ingredient().code() : null, s.active(), reminder.createdAt(),
				reminder.updatedAt());
	}

	static String hhmm(LocalTime time) {
		return time.format(ReminderInput.HH_MM);
	}

}
