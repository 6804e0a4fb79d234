package org.backstop.core.medicine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.backstop.core.assessment.Medicine;
import org.backstop.core.careplan.DoseLimit;
import org.backstop.core.careplan.DoseLimits;

/** A daily schedule of doses against a medicine's limits (FACTS 6; REFERENCE 5). */
class DoseSpacingTest {

	private static final DoseLimit IBUPROFEN = DoseLimits.of(Medicine.IBUPROFEN).orElseThrow();

	private static final DoseLimit NAPROXEN = DoseLimits.of(Medicine.NAPROXEN).orElseThrow();

	@Test
	void dosesFarEnoughApartAndWithinTheDailyMostAreFine() {
		assertThat(DoseSpacing.problem(IBUPROFEN, times("08:00"))).isEmpty();
		assertThat(DoseSpacing.problem(IBUPROFEN, times("08:00", "20:00"))).isEmpty();
		assertThat(DoseSpacing.problem(IBUPROFEN, times("08:00", "14:00", "20:00"))).isEmpty();
	}

	@Test
	void dosesCloserThanTheLeastGapAreRefusedWithTheLimitAndItsSources() {
		int hours = IBUPROFEN.minHoursBetween();
		LocalTime first = LocalTime.of(8, 0);
		assertThat(DoseSpacing.problem(IBUPROFEN, List.of(first, first.plusHours(hours - 1))))
			.hasValueSatisfying((problem) -> assertThat(problem).startsWith("has ibuprofen at 08:00 and ")
				.contains((hours - 1) + " hours apart; at least " + hours + " hours must pass between doses")
				.contains("FDA"));
		assertThat(DoseSpacing.problem(IBUPROFEN, List.of(first, first.plusHours(hours)))).isEmpty();
	}

	@Test
	void theGapFromTheLastDoseOfTheDayToTheFirstOfTheNextCounts() {
		// 22:00 then 00:30 the next day: two and a half hours, though 00:30 comes first.
		assertThat(DoseSpacing.problem(IBUPROFEN, times("00:30", "22:00")))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("at 22:00 and 00:30, 150 minutes apart"));
	}

	@Test
	void moreDosesThanTheDailyMostAllowsAtAStandardDoseAreRefused() {
		int perDay = NAPROXEN.maxDailyMg() / NAPROXEN.singleMaxMg();
		List<LocalTime> tooMany = new ArrayList<>();
		for (int i = 0; i <= perDay; i++) {
			tooMany.add(LocalTime.of(0, 0).plusHours(24L * i / (perDay + 1)));
		}
		assertThat(DoseSpacing.problem(NAPROXEN, tooMany)).hasValueSatisfying((problem) -> assertThat(problem)
			.startsWith("has " + (perDay + 1) + " naproxen doses a day; at most " + perDay)
			.contains("daily maximum of " + NAPROXEN.maxDailyMg() + " mg"));
	}

	private static List<LocalTime> times(String... times) {
		return Arrays.stream(times).map(LocalTime::parse).toList();
	}

}
