package org.backstop.app.reminder;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A person's active reminders as an iCalendar document: one repeating event per time of
 * day, with an alarm at its start, in the person's zone. UIDs follow from the reminder's
 * id and the time, so a calendar that re-reads the feed updates events instead of
 * doubling them. Unless the person asked for detail, events say only what kind of
 * reminder it is: a calendar is often shared or shown on a lock screen, and a medicine's
 * name is health data.
 */
final class ReminderCalendar {

	static final String PRODUCT = "-//Backstop//Reminders//EN";

	private static final Duration LENGTH = Duration.ofMinutes(5);

	private ReminderCalendar() {
	}

	static Calendar of(Reminders.FeedContent content) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
		Set<ZoneId> used = new LinkedHashSet<>();
		for (Reminder reminder : content.reminders()) {
			Reminder.Schedule schedule = reminder.schedule();
			if (!schedule.active()) {
				continue;
			}
			used.add(schedule.zone());
			for (LocalTime time : schedule.times()) {
				ZonedDateTime start = ReminderSchedule.firstOn(reminder, time);
				VEvent event = new VEvent(start, LENGTH, summary(schedule, content.feed().detail()));
				event.add(new Uid(uid(reminder, time)));
				event.add(new RRule<>(ReminderSchedule.recurrence(schedule)));
				VAlarm alarm = new VAlarm(Duration.ZERO);
				alarm.add(new Action(Action.VALUE_DISPLAY));
				alarm.add(new Description(summary(schedule, content.feed().detail())));
				event.add(alarm);
				calendar.add(event);
			}
		}
		for (ZoneId zone : used) {
			var timeZone = zones.getTimeZone(zone.getId());
			if (timeZone != null) {
				calendar.add(timeZone.getVTimeZone());
			}
		}
		return calendar;
	}

	static String uid(Reminder reminder, LocalTime time) {
		return reminder.id() + "-" + time.format(java.time.format.DateTimeFormatter.ofPattern("HHmm")) + "@backstop";
	}

	/** "Backstop: exercises", or with detail the person's label or the ingredient. */
	static String summary(Reminder.Schedule schedule, boolean detail) {
		String generic = "Backstop: " + switch (schedule.kind()) {
			case EXERCISE -> "exercises";
			case HYDRATION -> "drink water";
			case QUESTIONNAIRE -> "questionnaire";
			case MEDICINE -> "medicine";
		};
		if (!detail) {
			return generic;
		}
		if (schedule.label() != null) {
			return generic + " - " + schedule.label();
		}
		return (schedule.ingredient() != null) ? generic + " - " + schedule.ingredient().code() : generic;
	}

}
