package org.backstop.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/** The schedule and recurrence logic, without the app. */
class ReminderScheduleTest {

	private static Reminder reminder(ReminderInput input, Instant created) {
		Checked<Reminder.Schedule> checked = input.check(List.of());
		assertThat(checked.violations()).isEmpty();
		return new Reminder(UUID.randomUUID(), UUID.randomUUID(), checked.value(), created, created);
	}

	@Test
	void everyDayIsDailyAndSomeDaysAreWeekly() {
		Reminder daily = reminder(new ReminderInput("exercise", null, List.of("08:00"), List.of(), null, null, null,
				"Europe/Madrid", null, null), Instant.parse("2026-03-02T10:00:00Z"));
		assertThat(ReminderSchedule.recurrence(daily.schedule()).toString()).isEqualTo("FREQ=DAILY");
		Reminder weekly = reminder(new ReminderInput("exercise", null, List.of("08:00"), List.of("fri", "mon"), null,
				null, null, "Europe/Madrid", null, null), Instant.parse("2026-03-03T10:00:00Z"));
		assertThat(ReminderSchedule.recurrence(weekly.schedule()).toString()).isEqualTo("FREQ=WEEKLY;BYDAY=MO,FR");
		// Made on a Tuesday: the first ring is the Friday after.
		assertThat(ReminderSchedule.firstOn(weekly, LocalTime.of(8, 0)).toString())
			.isEqualTo("2026-03-06T08:00+01:00[Europe/Madrid]");
	}

	@Test
	void hydrationEveryFewHoursBecomesTimesWithinTheWindow() {
		Reminder water = reminder(
				new ReminderInput("hydration", null, List.of(), List.of(), 3, "08:00", "20:00", "UTC", null, null),
				Instant.EPOCH);
		assertThat(water.schedule().times()).containsExactly(LocalTime.of(8, 0), LocalTime.of(11, 0),
				LocalTime.of(14, 0), LocalTime.of(17, 0), LocalTime.of(20, 0));
	}

	@Test
	void dueIsWithinHalfAnHourEitherSideInThePersonsZone() {
		Reminder madrid = reminder(new ReminderInput("exercise", null, List.of("08:00", "12:00"), List.of(), null, null,
				null, "Europe/Madrid", null, null), Instant.EPOCH);
		// 07:20 UTC is 08:20 in Madrid in winter.
		List<ReminderSchedule.Occurrence> due = ReminderSchedule.due(List.of(madrid),
				Instant.parse("2026-01-15T07:20:00Z"), Duration.ofMinutes(30));
		assertThat(due).hasSize(1);
		assertThat(due.get(0).at().toLocalTime()).isEqualTo(LocalTime.of(8, 0));
		assertThat(ReminderSchedule.due(List.of(madrid), Instant.parse("2026-01-15T07:31:00Z"), Duration.ofMinutes(30)))
			.isEmpty();
	}

	@Test
	void pausedRemindersAndOtherDaysAreNeverDue() {
		Reminder paused = reminder(
				new ReminderInput("exercise", null, List.of("08:00"), List.of(), null, null, null, "UTC", null, false),
				Instant.EPOCH);
		Reminder sundays = reminder(new ReminderInput("exercise", null, List.of("08:00"), List.of("sun"), null, null,
				null, "UTC", null, null), Instant.EPOCH);
		assertThat(sundays.schedule().days()).isEqualTo(EnumSet.of(DayOfWeek.SUNDAY));
		// 2026-01-15 is a Thursday.
		assertThat(ReminderSchedule.due(List.of(paused, sundays), Instant.parse("2026-01-15T08:00:00Z"),
				Duration.ofMinutes(30)))
			.isEmpty();
	}

	@Test
	void medicineTimesRespectTheCoresDoseLimits() {
		List<Violation> tooClose = new ReminderInput("medicine", null, List.of("08:00", "10:00"), List.of(), null, null,
				null, "UTC", "ibuprofen", null)
			.check(List.of())
			.violations();
		assertThat(tooClose).singleElement().satisfies((v) -> {
			assertThat(v.field()).isEqualTo("times");
			assertThat(v.message()).contains("at least 4 hours").contains("FDA Drug Facts");
		});
		// 22:00 to 06:00 next day is 8 hours; 06:00 and 08:00 are 2 hours apart.
		assertThat(new ReminderInput("medicine", null, List.of("22:00", "06:00", "08:00"), List.of(), null, null, null,
				"UTC", "acetaminophen", null)
			.check(List.of())
			.violations()).extracting(Violation::field).containsExactly("times");
		// Naproxen: 660 mg a day at 220 mg is three doses.
		assertThat(new ReminderInput("medicine", null, List.of("00:00", "08:00", "16:00"), List.of(), null, null, null,
				"UTC", "naproxen", null)
			.check(List.of())
			.isValid()).isTrue();
		assertThat(new ReminderInput("medicine", null, List.of("00:00", "06:00", "12:00", "18:00"), List.of(), null,
				null, null, "UTC", "naproxen", null)
			.check(List.of())
			.violations()).singleElement().satisfies((v) -> assertThat(v.message()).contains("at most 3"));
	}

	@Test
	void badInputNamesEachField() {
		List<Violation> violations = new ReminderInput("nap", "x".repeat(81), List.of("25:00"), List.of("funday"), null,
				null, null, "Mars/Olympus", null, null)
			.check(new ArrayList<>())
			.violations();
		assertThat(violations).extracting(Violation::field)
			.contains("kind", "label", "times[0]", "days[0]", "timeZone");
	}

}
