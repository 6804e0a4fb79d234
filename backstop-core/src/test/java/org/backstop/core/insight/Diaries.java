package org.backstop.core.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Diaries made to order for the insight tests. */
final class Diaries {

	static final LocalDate START = LocalDate.of(2026, 1, 1);

	private Diaries() {
	}

	/** A day with one factor logged, or none when {@code present} is null. */
	static DiaryDay day(int index, int episodes, String factor, Boolean present) {
		Map<String, Boolean> factors = new HashMap<>();
		if (present != null) {
			factors.put(factor, present);
		}
		return new DiaryDay(START.plusDays(index), episodes, factors);
	}

	/**
	 * Consecutive days with one factor: {@code spasmWith} of {@code with} days with the
	 * factor had one episode, and {@code spasmWithout} of {@code without} days without
	 * it.
	 */
	static List<DiaryDay> sameDay(String factor, int with, int spasmWith, int without, int spasmWithout) {
		List<DiaryDay> days = new ArrayList<>();
		for (int i = 0; i < with; i++) {
			days.add(day(days.size(), (i < spasmWith) ? 1 : 0, factor, true));
		}
		for (int i = 0; i < without; i++) {
			days.add(day(days.size(), (i < spasmWithout) ? 1 : 0, factor, false));
		}
		return days;
	}

	/**
	 * A simulated diary of {@code length} consecutive days with {@code factors}
	 * independent factors, each present on a day with probability one half. A spasm day
	 * happens with {@code spasmWith} when the planted factor ({@code "f0"}) is present
	 * that day (or, for a delayed trigger, was present the day before), else
	 * {@code spasmWithout}; with equal probabilities nothing is planted. A spasm day has
	 * 1 to 3 episodes.
	 */
	static List<DiaryDay> simulated(long seed, int length, int factors, double spasmWith, double spasmWithout,
			Lag plantedLag) {
		Random random = new Random(seed);
		List<DiaryDay> days = new ArrayList<>();
		boolean[] planted = new boolean[length];
		for (int d = 0; d < length; d++) {
			Map<String, Boolean> logged = new HashMap<>();
			for (int f = 0; f < factors; f++) {
				boolean present = random.nextBoolean();
				logged.put("f" + f, present);
				if (f == 0) {
					planted[d] = present;
				}
			}
			int exposureDay = d - plantedLag.days();
			boolean exposed = exposureDay >= 0 && planted[exposureDay];
			boolean spasm = random.nextDouble() < (exposed ? spasmWith : spasmWithout);
			days.add(new DiaryDay(START.plusDays(d), spasm ? 1 + random.nextInt(3) : 0, logged));
		}
		return days;
	}

}
