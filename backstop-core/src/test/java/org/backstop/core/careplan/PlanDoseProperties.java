package org.backstop.core.careplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.backstop.core.AssessmentEngine;
import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.History;
import org.backstop.core.careplan.CarePlan.Item;
import org.backstop.core.selfcare.Dose;
import org.backstop.core.testing.People;

/**
 * No plan, for anybody, ever suggests more than the over-the-counter limits. The limits
 * are written here again from FACTS section 6, not taken from the code under test.
 */
class PlanDoseProperties {

	/**
	 * Largest single dose (naproxen: the first dose), least gap in hours, daily maximum.
	 */
	record Limit(int singleMaxMg, int minGapHours, int dailyMaxMg) {
	}

	static final Map<String, Limit> FACTS_LIMITS = Map.of("ibuprofen", new Limit(400, 4, 1200), "naproxen",
			new Limit(440, 8, 660), "aspirin", new Limit(650, 4, 4000), "acetaminophen", new Limit(1000, 4, 4000));

	static final int ACETAMINOPHEN_REDUCED_DAILY_MAX = 3000;

	static final int MAX_DAYS_WITHOUT_ADVICE = 10;

	@Test
	void noPlanExceedsAnOverTheCounterLimit() {
		qt().withExamples(1500).forAll(People.anyInput()).checkAssert(PlanDoseProperties::withinTheLimits);
	}

	@Test
	void nothingLeftOutIsAlsoSuggested() {
		qt().withExamples(1500).forAll(People.anyInput()).checkAssert((person) -> {
			CarePlan plan = AssessmentEngine.assess(person).plan();
			List<String> suggested = items(plan).stream().map(Item::id).toList();
			assertThat(plan.excluded()).allSatisfy((excluded) -> {
				assertThat(suggested).doesNotContain(excluded.id());
				assertThat(excluded.reasons()).isNotEmpty();
			});
			assertThat(items(plan)).allSatisfy((item) -> assertThat(item.why().source()).isNotBlank());
		});
	}

	private static void withinTheLimits(AssessmentInput person) {
		CarePlan plan = AssessmentEngine.assess(person).plan();
		for (Item item : items(plan)) {
			Limit limit = FACTS_LIMITS.get(item.id());
			if (limit == null) {
				assertThat(item.dose().maxDailyMg()).as(item.id()).isNull();
				continue;
			}
			assertThat(person.age()).as("doses only from 16").isGreaterThanOrEqualTo(16);
			Dose dose = item.dose();
			assertThat(dose.singleDoseMgMax()).as(item.id() + " single").isLessThanOrEqualTo(limit.singleMaxMg());
			assertThat(dose.minHoursBetween()).as(item.id() + " gap").isGreaterThanOrEqualTo(limit.minGapHours());
			assertThat(dose.maxDailyMg()).as(item.id() + " daily").isLessThanOrEqualTo(limit.dailyMaxMg());
			assertThat(dose.days()).as(item.id() + " days").isLessThanOrEqualTo(MAX_DAYS_WITHOUT_ADVICE);
			assertThat(dose.summary()).contains(String.format("%,d", dose.maxDailyMg()) + " mg in 24 hours");
			boolean lowerCeiling = person.history().contains(History.HEAVY_ALCOHOL)
					|| (person.weightKg() != null && person.weightKg() < 50);
			if (item.id().equals("acetaminophen") && lowerCeiling) {
				assertThat(dose.maxDailyMg()).isLessThanOrEqualTo(ACETAMINOPHEN_REDUCED_DAILY_MAX);
			}
		}
	}

	static List<Item> items(CarePlan plan) {
		return plan.sections().stream().flatMap((s) -> s.items().stream()).toList();
	}

}
