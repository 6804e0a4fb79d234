package org.backstop.app.reminder;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * When reminders ring: the occurrences near an instant, in the person's own zone, and the
 * iCalendar recurrence rule of each time of day. A time that does not exist on a day (the
 * hour skipped when clocks go forward) rings at the same wall-clock time shifted as
 * {@link ZonedDateTime#of} shifts it, as calendars do.
 */
final class ReminderSchedule {

	/** How far before and after now a reminder counts as due. */
	static final Duration DUE_WINDOW = Duration.ofMinutes(30);

	private ReminderSchedule() {
	}

	/**
	 * One ring of a reminder.
	 *
	 * @param reminder which reminder
	 * @param at when, in the reminder's zone
	 */
	record Occurrence(Reminder reminder, ZonedDateTime at) {
	}

	/**
	 * The active reminders' rings from {@code now - window} to {@code now + window},
	 * soonest first.
	 */
	static List<Occurrence> due(List<Reminder> reminders, Instant now, Duration window) {
		List<Occurrence> due = new ArrayList<>();
		Instant earliest = now.minus(window);
		Instant latest = now.plus(window);
		for (Reminder reminder : reminders) {
			Reminder.Schedule schedule = reminder.schedule();
			if (!schedule.active()) {
				continue;
			}
			LocalDate today = now.atZone(schedule.zone()).toLocalDate();
			for (LocalDate day = today.minusDays(1); !day.isAfter(today.plusDays(1)); day = day.plusDays(1)) {
				if (!schedule.days().contains(day.getDayOfWeek())) {
					continue;
				}
				for (LocalTime time : schedule.times()) {
					ZonedDateTime at = ZonedDateTime.of(day, time, schedule.zone());
					Instant instant = at.toInstant();
					if (!instant.isBefore(earliest) && !instant.isAfter(latest)) {
						due.add(new Occurrence(reminder, at));
					}
				}
			}
		}
		due.sort(Comparator.comparing((Occurrence o) -> o.at().toInstant()));
		return due;
	}

	/**
	 * The rule that repeats one time of day of the schedule: daily when it rings every
	 * day, otherwise weekly on its days.
	 */
	static Recur<ZonedDateTime> recurrence(Reminder.Schedule schedule) {
		if (schedule.days().equals(EnumSet.allOf(DayOfWeek.class))) {
			return new Recur.Builder<ZonedDateTime>().frequency(Frequency.DAILY).build();
		}
		List<WeekDay> days = schedule.days().stream().sorted().map(WeekDay::getWeekDay).toList();
		return new Recur.Builder<ZonedDateTime>().frequency(Frequency.WEEKLY).dayList(days).build();
	}

	/**
	 * The first ring of a time of day on or after the day the reminder was made, on one
	 * of its days: the start of its calendar event.
	 */
	static ZonedDateTime firstOn(Reminder reminder, LocalTime time) {
		Reminder.Schedule schedule = reminder.schedule();
		LocalDate day = reminder.createdAt().atZone(schedule.zone()).toLocalDate();
		while (!schedule.days().contains(day.getDayOfWeek())) {
			day = day.plusDays(1);
		}
		return ZonedDateTime.of(day, time, schedule.zone());
	}

}
