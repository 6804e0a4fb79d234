package org.backstop.core.careplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.backstop.core.assessment.Medicine;
import org.backstop.core.medicine.DoseGuard;

/**
 * The dose guard asks the contraindication rules about a medicine with the same tags as
 * the plan's option for it, so that a rule that leaves a medicine out of the plan also
 * stops its next dose.
 */
class DoseGuardTagsTest {

	@Test
	void everyDoseCheckedMedicineHasThePlansTags() {
		for (Medicine medicine : Medicine.values()) {
			if (!medicine.isDoseChecked()) {
				continue;
			}
			CareOption option = CareOptions.ALL.stream()
				.filter((o) -> o.id().equals(medicine.code()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no plan option for " + medicine.code()));
			assertThat(DoseGuard.tagsOf(medicine)).as(medicine.code()).isEqualTo(option.tags());
		}
	}

}
