package org.backstop.app.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.backstop.core.insight.DiaryDay;
import org.backstop.core.insight.TreatmentInsights;
import org.backstop.core.insight.TreatmentRanking;
import org.backstop.core.insight.TreatmentUse;
import org.backstop.core.insight.TriggerInsight;
import org.backstop.core.insight.TriggerInsights;

/**
 * What a person's diary says about their triggers and treatments, worked out by the core
 * from their entries and days. A day is in the comparison when it has an entry or daily
 * factors; a day logged without a spasm counts as a day without one.
 *
 * @param triggers one insight per factor and lag
 * @param treatments the treatments ranked by relief
 * @param daysLogged how many days the diary holds
 * @param spasmDays how many of them had a spasm
 */
record DiaryInsights(List<TriggerInsight> triggers, TreatmentRanking treatments, int daysLogged, int spasmDays) {

	static DiaryInsights of(List<DiaryEntry> entries, List<DayFactors> days) {
		List<DiaryDay> diaryDays = diaryDays(entries, days);
		List<TreatmentUse> uses = new ArrayList<>();
		for (DiaryEntry entry : entries) {
			entry.what()
				.treatments()
				.stream()
				.filter(DiaryEntry.TreatmentDone::measured)
				.forEach((t) -> uses.add(new TreatmentUse(t.name(), t.painBefore(), t.painAfter())));
		}
		int spasmDays = (int) diaryDays.stream().filter(DiaryDay::spasmDay).count();
		return new DiaryInsights(TriggerInsights.analyse(diaryDays), TreatmentInsights.rank(uses), diaryDays.size(),
				spasmDays);
	}

	/** One core day per local day that has an entry or factors, oldest first. */
	static List<DiaryDay> diaryDays(List<DiaryEntry> entries, List<DayFactors> days) {
		Map<LocalDate, Integer> episodes = new TreeMap<>();
		for (DiaryEntry entry : entries) {
			episodes.merge(entry.localDate(), entry.what().spasm() ? 1 : 0, Integer::sum);
		}
		Map<LocalDate, Map<String, Boolean>> factors = new TreeMap<>();
		for (DayFactors day : days) {
			episodes.putIfAbsent(day.date(), 0);
			Map<String, Boolean> present = new LinkedHashMap<>();
			for (DailyFactor factor : DailyFactor.values()) {
				present.put(factor.code(), factor.on(day));
			}
			day.personal().forEach((name, value) -> present.put(DailyFactor.PERSONAL_PREFIX + name, value));
			factors.put(day.date(), present);
		}
		List<DiaryDay> diary = new ArrayList<>();
		episodes.forEach((date, count) -> diary.add(new DiaryDay(date, count, factors.getOrDefault(date, Map.of()))));
		return diary;
	}

}
