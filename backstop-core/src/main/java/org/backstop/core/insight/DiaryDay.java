package org.backstop.core.insight;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One local day of a person's diary, reduced to what the trigger statistics need.
 *
 * @param date the person's local day
 * @param episodes how many spasm episodes they logged that day (0 for a logged day
 * without one)
 * @param factors each factor logged that day, with whether it was present; a factor
 * missing from the map (or mapped to {@code null}) was not logged that day and is left
 * out of that factor's comparison, never read as absent
 */
public record DiaryDay(LocalDate date, int episodes, Map<String, Boolean> factors) {

	public DiaryDay {
		Objects.requireNonNull(date, "date: is required");
		if (episodes < 0) {
			throw new IllegalArgumentException("episodes: must be 0 or more, was " + episodes + " on " + date);
		}
		Map<String, Boolean> logged = new LinkedHashMap<>();
		if (factors != null) {
			factors.forEach((factor, present) -> {
				if (factor == null || factor.isBlank()) {
					throw new IllegalArgumentException("factors: a factor on " + date + " has no name");
				}
				if (present != null) {
					logged.put(factor, present);
				}
			});
		}
		factors = Collections.unmodifiableMap(logged);
	}

	/** Whether a spasm episode happened on this day. */
	public boolean spasmDay() {
		return this.episodes > 0;
	}

}
