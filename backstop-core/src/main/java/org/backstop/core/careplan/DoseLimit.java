package org.backstop.core.careplan;

import java.util.List;

import org.backstop.core.assessment.Medicine;
import org.backstop.core.knowledge.Source;

/**
 * The over-the-counter adult limits for one medicine taken by mouth (FACTS 6; REFERENCE
 * 5). These are hard ceilings: no plan and no dose-guard answer ever goes past them.
 *
 * @param medicine the medicine (its active ingredient)
 * @param singleMinMg the usual smallest single dose
 * @param singleMaxMg the largest single dose
 * @param firstDoseMaxMg the largest first dose when none was taken in the past 24 hours
 * @param minHoursBetween least hours between two doses
 * @param maxMgIn12Hours most in any 12 hours, or 0 when only the daily most applies
 * (naproxen: two tablets, so after a first dose of two the next waits 12 hours)
 * @param maxDailyMg most in any 24 hours
 * @param reducedMaxDailyMg the lower daily most for people at higher risk, or the same as
 * {@code maxDailyMg} when there is none
 * @param maxDays most days of use without a clinician's advice
 * @param sources where the numbers come from
 */
public record DoseLimit(Medicine medicine, int singleMinMg, int singleMaxMg, int firstDoseMaxMg, int minHoursBetween,
		int maxMgIn12Hours, int maxDailyMg, int reducedMaxDailyMg, int maxDays, List<Source> sources) {

	public DoseLimit {
		sources = List.copyOf(sources);
	}

}
