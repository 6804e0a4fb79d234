package org.backstop.core.careplan;

import java.util.List;
import java.util.Optional;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Medicine;
import org.backstop.core.knowledge.Source;

/**
 * The adult over-the-counter limits, one row per medicine (FACTS 6). Where US and UK
 * figures differ, the lower is taken. Nobody under 16 gets a dose.
 */
public final class DoseLimits {

	/** Backstop gives no medicine doses below this age: a pharmacist or doctor should. */
	public static final int MIN_AGE_FOR_DOSES = 16;

	/** Below this weight the lower acetaminophen ceiling applies (BNF). */
	public static final int LOW_WEIGHT_KG = 50;

	public static final List<DoseLimit> ALL = List.of(
			new DoseLimit(Medicine.IBUPROFEN, 200, 400, 400, 4, 0, 1200, 1200, 10, List.of(Source.FDA_OTC, Source.BNF)),
			// Naproxen sodium 220 mg; a first dose of two tablets is allowed, and never
			// more than two tablets in any 8 to 12 hours, so after two the next waits 12
			// hours from the first (US label, REFERENCE 5).
			new DoseLimit(Medicine.NAPROXEN, 220, 220, 440, 8, 440, 660, 660, 10, List.of(Source.FDA_OTC)),
			new DoseLimit(Medicine.ASPIRIN, 325, 650, 650, 4, 0, 4000, 4000, 10, List.of(Source.FDA_OTC, Source.BNF)),
			// 4,000 mg is the regulatory ceiling; 3,000 mg with heavy alcohol use or low
			// weight (REFERENCE 5: lower ceiling).
			new DoseLimit(Medicine.ACETAMINOPHEN, 500, 1000, 1000, 4, 0, 4000, 3000, 10,
					List.of(Source.FDA_OTC, Source.BNF)));

	private DoseLimits() {
	}

	public static Optional<DoseLimit> of(Medicine medicine) {
		return ALL.stream().filter((limit) -> limit.medicine() == medicine).findFirst();
	}

	/**
	 * The daily ceiling for this person: the reduced one when they drink heavily or weigh
	 * under 50 kg.
	 */
	public static int maxDailyMgFor(DoseLimit limit, AssessmentInput person) {
		return usesReducedCeiling(person.history().contains(History.HEAVY_ALCOHOL), person.weightKg())
				? limit.reducedMaxDailyMg() : limit.maxDailyMg();
	}

	public static boolean usesReducedCeiling(boolean heavyAlcohol, Integer weightKg) {
		return heavyAlcohol || (weightKg != null && weightKg < LOW_WEIGHT_KG);
	}

}
