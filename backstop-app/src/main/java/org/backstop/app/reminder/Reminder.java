package org.backstop.app.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.backstop.core.assessment.Medicine;

/**
 * A stored reminder.
 *
 * @param id its id
 * @param accountId whose it is
 * @param schedule what, when and where
 * @param createdAt when it was made
 * @param updatedAt when it was last changed
 */
record Reminder(UUID id, UUID accountId, Schedule schedule, Instant createdAt, Instant updatedAt) {

	/**
	 * What a reminder asks and when, checked.
	 *
	 * @param kind what it is for
	 * @param label the person's own words, or {@code null}
	 * @param times the times of day, ascending; for hydration every few hours, the times
	 * that follow from the window
	 * @param days the days of the week it rings
	 * @param everyHours for hydration within a window, the hours between two, otherwise
	 * {@code null}
	 * @param from the start of that window, or {@code null}
	 * @param until the end of that window, or {@code null}
	 * @param zone the person's time zone, in which the times are meant
	 * @param ingredient for a medicine, its active ingredient, otherwise {@code null}
	 * @param active whether it rings at all
	 */
	record Schedule(ReminderKind kind, String label, List<LocalTime> times, Set<DayOfWeek> days, Integer everyHours,
			LocalTime from, LocalTime until, ZoneId zone, Medicine ingredient, boolean active) {

		Schedule {
			times = List.copyOf(times);
			days = Set.copyOf(days);
		}

	}

}
