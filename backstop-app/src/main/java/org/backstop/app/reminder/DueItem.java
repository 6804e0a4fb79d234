package org.backstop.app.reminder;

import java.time.format.DateTimeFormatter;

/**
 * One reminder due now, as the page shows it.
 *
 * @param time the time of day in the reminder's zone, {@code HH:mm}
 * @param datetime the moment, ISO 8601 with offset, for {@code <time datetime>}
 * @param kind the kind code
 * @param label the person's own words, or {@code null}
 * @param ingredient the ingredient code, or {@code null}
 */
public record DueItem(String time, String datetime, String kind, String label, String ingredient) {

	static DueItem of(ReminderSchedule.Occurrence occurrence) {
		Reminder.Schedule s = occurrence.reminder().schedule();
		return new DueItem(occurrence.at().format(ReminderInput.HH_MM),
				occurrence.at().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), s.kind().code(),
				s.label(), (s.ingredient() != null) ? s.ingredient().code() : null);
	}

}
