package org.backstop.core.medicine;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.backstop.core.careplan.DoseLimit;
import org.backstop.core.knowledge.Source;
import org.backstop.core.problem.CodedText;

/**
 * Whether a daily schedule of doses fits a medicine's limits (FACTS 6; REFERENCE 5; the
 * numbers and their sources are those of {@link DoseLimit}). A reminder repeats the same
 * times every day, so the gap from the last dose of a day to the first of the next counts
 * too.
 */
public final class DoseSpacing {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private DoseSpacing() {
	}

	/**
	 * What is wrong with taking the medicine at these times every day, or empty when
	 * nothing is. The shortest gap (across midnight too) may not be shorter than the
	 * least time between doses, and the doses a day at a standard (the largest single)
	 * dose may not pass the daily most. The answer reads after the field name, as "has
	 * ...".
	 * @param limit the medicine's limits
	 * @param timesOfDay the times of day, earliest first
	 * @return the first problem found, citing the limit's sources
	 */
	public static Optional<String> problem(DoseLimit limit, List<LocalTime> timesOfDay) {
		return fault(limit, timesOfDay).map(CodedText::english);
	}

	/** What {@link #problem} says, with its code and arguments. */
	public static Optional<CodedText> fault(DoseLimit limit, List<LocalTime> timesOfDay) {
		String name = limit.medicine().code();
		String sources = limit.sources().stream().map(Source::shortName).collect(Collectors.joining("; "));
		int perDay = limit.maxDailyMg() / limit.singleMaxMg();
		if (timesOfDay.size() > perDay) {
			return Optional.of(CodedText.of("dose_times.too_many",
					"has {0} {1} doses a day; at most {2} fit within the daily maximum of {3} mg at a standard dose of {4} mg ({5})",
					timesOfDay.size(), name, perDay, limit.maxDailyMg(), limit.singleMaxMg(), sources));
		}
		Duration least = Duration.ofHours(limit.minHoursBetween());
		for (int i = 0; i < timesOfDay.size() && timesOfDay.size() > 1; i++) {
			LocalTime a = timesOfDay.get(i);
			LocalTime b = timesOfDay.get((i + 1) % timesOfDay.size());
			Duration gap = Duration.between(a, b);
			if (gap.isNegative() || gap.isZero()) {
				gap = gap.plusDays(1);
			}
			if (gap.compareTo(least) < 0) {
				return Optional.of(CodedText.of("dose_times.too_close",
						"has {0} at {1} and {2}, {3} apart; at least {4} hours must pass between doses ({5})", name,
						a.format(HH_MM), b.format(HH_MM), words(gap), limit.minHoursBetween(), sources));
			}
		}
		return Optional.empty();
	}

	private static CodedText words(Duration gap) {
		long minutes = gap.toMinutes();
		return (minutes % 60 == 0) ? CodedText.of("time.hours_apart", "{0} hours", minutes / 60)
				: CodedText.of("time.minutes_apart", "{0} minutes", minutes);
	}

}
