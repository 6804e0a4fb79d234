package org.backstop.app.careplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.backstop.core.careplan.CarePlan;

/**
 * What to do first comes from the plan as made, never a medicine, never while care is
 * sought.
 */
class FirstThingsTest {

	private final FirstThings firstThings = new FirstThings();

	private static CarePlan.Item item(String id) {
		return new CarePlan.Item(id, id, "Do this. Then that.", List.of(), null, null, List.of(), null);
	}

	private static CarePlan.Section section(String id, String... items) {
		return new CarePlan.Section(id, id, null, java.util.Arrays.stream(items).map(FirstThingsTest::item).toList());
	}

	@Test
	void theFirstItemOfEachSectionInThePlansOrderButNeverAMedicine() {
		CarePlan plan = new CarePlan(null, "acute",
				List.of(section("staying_active", "stay_active", "walking"), section("exercises"),
						section("medicines", "ibuprofen"), section("heat", "heat_wrap"), section("cold", "cold_pack"),
						section("sleep", "pillow")),
				List.of(), "notice");
		assertThat(this.firstThings.of(plan)).extracting(CarePlan.Item::id)
			.containsExactly("stay_active", "heat_wrap", "cold_pack");
		assertThat(this.firstThings.firstSentence("Do this. Then that.")).isEqualTo("Do this.");
	}

	@Test
	void nothingWhileCareIsSought() {
		CarePlan plan = new CarePlan(
				new CarePlan.Urgent(org.backstop.core.triage.TriageLevel.EMERGENCY, "Go", "Go now"), "acute",
				List.of(section("heat", "heat_wrap")), List.of(), "notice");
		assertThat(this.firstThings.of(plan)).isEmpty();
	}

}
