package org.backstop.core.careplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backstop.core.careplan.CarePlannerTest.excludedWithCodes;
import static org.backstop.core.careplan.CarePlannerTest.plan;
import static org.backstop.core.testing.Person.adult;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.backstop.core.assessment.Equipment;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Onset;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.assessment.Trauma;
import org.backstop.core.careplan.CarePlan.Item;
import org.backstop.core.exercise.Exercise;
import org.backstop.core.exercise.ExerciseCategory;
import org.backstop.core.exercise.ExerciseLibrary;

/** Which exercises the plan picks, and which it leaves out and why. */
class CarePlannerExerciseTest {

	@Test
	void inTheFirstDaysOnlyGentleExercisesAreSuggested() {
		CarePlan plan = plan(adult().pain(5).days(2));
		List<Item> exercises = exercises(plan);
		assertThat(exercises).isNotEmpty().hasSizeLessThanOrEqualTo(CarePlanner.MAX_EXERCISES_ACUTE);
		assertThat(exercises).allSatisfy((item) -> {
			assertThat(library(item).suitableWhenAcute()).as(item.id()).isTrue();
			assertThat(item.steps()).isNotEmpty();
			assertThat(item.illustration().path()).endsWith(item.id() + ".svg");
			assertThat(item.cautions()).isNotEmpty();
		});
	}

	@Test
	void afterFourWeeksTheSetBalancesMobilityStrengthAndActivity() {
		CarePlan plan = plan(adult().pain(4).days(40));
		List<ExerciseCategory> categories = exercises(plan).stream().map((item) -> library(item).category()).toList();
		assertThat(categories).contains(ExerciseCategory.GENTLE_MOBILITY, ExerciseCategory.STRETCH,
				ExerciseCategory.CORE_STRENGTH, ExerciseCategory.HIP_STRENGTH, ExerciseCategory.AEROBIC);
		assertThat(categories).hasSizeLessThanOrEqualTo(CarePlanner.MAX_EXERCISES);
		assertThat(categories).doesNotContain(ExerciseCategory.YOGA, ExerciseCategory.PILATES);
	}

	@Test
	void likedExercisesComeFirst() {
		CarePlan plan = plan(adult().pain(4).days(40).likes("swimming", "yoga"));
		List<String> ids = exercises(plan).stream().map(Item::id).toList();
		assertThat(ids.subList(0, 2)).containsExactlyInAnyOrder("gentle_yoga_flow", "swimming");
	}

	@Test
	void dislikedExercisesAreLeftOutAsThePersonsChoice() {
		CarePlan plan = plan(adult().pain(4).days(40).dislikes("walking", "core_strength"));
		assertThat(exercises(plan)).extracting(Item::id).doesNotContain("walking", "bridge", "bird_dog", "dead_bug");
		assertThat(excludedWithCodes(plan)).containsEntry("walking", List.of("your_preference"))
			.containsEntry("bird_dog", List.of("your_preference"));
	}

	@Test
	void aSafetyRuleOutranksAPreference() {
		CarePlan plan = plan(adult().pain(4).days(40).pregnant(30).likes("bridge").dislikes("dead_bug"));
		assertThat(excludedWithCodes(plan)).containsEntry("bridge", List.of("pregnancy_lying_on_back"))
			.containsEntry("dead_bug", List.of("pregnancy_lying_on_back"));
		assertThat(exercises(plan)).extracting(Item::id).doesNotContain("bridge", "dead_bug");
	}

	@Test
	void thirtyWeeksPregnantStillGetsExercisesThatSuitPregnancy() {
		CarePlan plan = plan(adult().age(31).pregnant(30).pain(4).days(40));
		assertThat(excludedWithCodes(plan)).containsEntry("prone_press_up", List.of("pregnancy_lying_face_down"))
			.containsEntry("knee_to_chest", List.of("pregnancy_lying_on_back"));
		assertThat(exercises(plan)).extracting(Item::id).isNotEmpty().contains("cat_cow", "bird_dog", "clamshell");
	}

	@Test
	void thinBonesLeaveOutFlexionAndTwistsAndSoftenCatCow() {
		CarePlan plan = plan(adult().age(70)
			.pain(4)
			.days(40)
			.onset(Onset.GRADUAL)
			.trauma(Trauma.NONE)
			.history(History.OSTEOPOROSIS)
			.likes("cat_cow"));
		assertThat(excludedWithCodes(plan)).containsEntry("childs_pose", List.of("osteoporosis_spinal_flexion"))
			.containsEntry("lower_trunk_rotation", List.of("osteoporosis_spinal_flexion"));
		Item catCow = exercises(plan).stream().filter((i) -> i.id().equals("cat_cow")).findFirst().orElseThrow();
		assertThat(catCow.cautions()).anyMatch((c) -> c.contains("small and slow"));
	}

	@Test
	void equipmentExercisesNeedTheEquipmentAtHand() {
		assertThat(allExerciseIds(plan(adult().pain(4).days(40).likes("resistance_band_row"))))
			.doesNotContain("resistance_band_row");
		assertThat(allExerciseIds(
				plan(adult().pain(4).days(40).equipment(Equipment.RESISTANCE_BAND).likes("resistance_band_row"))))
			.contains("resistance_band_row");
	}

	@Test
	void breathingAndRelaxationHaveTheirOwnSection() {
		CarePlan plan = plan(adult().pain(7).days(1));
		assertThat(CarePlannerTest.section(plan, "relaxation").items()).extracting(Item::id)
			.contains("diaphragmatic_breathing", "paced_breathing", "body_scan");
	}

	@Test
	void whileCareIsSoughtNoExercisesAreSuggested() {
		CarePlan plan = plan(adult().pain(6).with(Symptom.FEVER));
		assertThat(plan.urgent()).isNotNull();
		assertThat(exercises(plan)).isEmpty();
	}

	private static List<Item> exercises(CarePlan plan) {
		return plan.sections()
			.stream()
			.filter((s) -> s.id().equals("exercises"))
			.flatMap((s) -> s.items().stream())
			.toList();
	}

	private static List<String> allExerciseIds(CarePlan plan) {
		return CarePlannerTest.ids(plan).stream().filter((id) -> ExerciseLibrary.find(id).isPresent()).toList();
	}

	private static Exercise library(Item item) {
		return ExerciseLibrary.find(item.id()).orElseThrow();
	}

}
