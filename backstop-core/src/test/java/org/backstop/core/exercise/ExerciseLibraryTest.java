package org.backstop.core.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.backstop.core.assessment.ActivityCodes;
import org.backstop.core.careplan.Contraindications;
import org.backstop.core.selfcare.CareTag;
import org.backstop.core.testing.Person;

/** What every entry of the exercise library must have, and what the library must hold. */
class ExerciseLibraryTest {

	@Test
	void holdsAtLeastSixteenExercisesWithTheOnesTheGuidesName() {
		assertThat(ExerciseLibrary.ALL).hasSizeGreaterThanOrEqualTo(16);
		assertThat(ids()).contains("childs_pose", "cat_cow", "knee_to_chest", "pelvic_tilt", "bridge", "bird_dog",
				"dead_bug", "walking", "swimming", "cycling", "gentle_yoga_flow", "pilates_basics",
				"diaphragmatic_breathing", "paced_breathing", "body_scan");
	}

	@Test
	void theContractAcceptsExactlyTheLibrarysCategoriesAndExercisesAsLikesAndDislikes() {
		assertThat(ActivityCodes.ALL).containsExactlyElementsOf(Activities.codes());
	}

	@Test
	void everyCategoryHasExercisesAndTheFirstDaysHaveGentleOnes() {
		Set<ExerciseCategory> covered = EnumSet.noneOf(ExerciseCategory.class);
		ExerciseLibrary.ALL.forEach((exercise) -> covered.add(exercise.category()));
		assertThat(covered).containsExactlyInAnyOrder(ExerciseCategory.values());
		assertThat(ExerciseLibrary.ALL).filteredOn(
				(exercise) -> exercise.suitableWhenAcute() && exercise.category() == ExerciseCategory.GENTLE_MOBILITY)
			.hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void idsAreUniqueSnakeCaseAndNeverClashWithACategory() {
		assertThat(ids()).doesNotHaveDuplicates().allMatch((id) -> id.matches("[a-z]+(_[a-z]+)*"));
		for (ExerciseCategory category : ExerciseCategory.values()) {
			assertThat(ids()).doesNotContain(category.code());
		}
	}

	@Test
	void everyEntryIsCompleteDosedCitedAndDrawn() {
		assertThat(ExerciseLibrary.ALL).allSatisfy((exercise) -> {
			assertThat(exercise.name()).isNotBlank();
			assertThat(exercise.steps()).hasSizeGreaterThanOrEqualTo(2).allMatch((step) -> step.endsWith("."));
			assertThat(exercise.dose().summary()).isNotBlank();
			assertThat(exercise.dose().timesPerDay()).isBetween(1, 3);
			assertThat(exercise.progression()).isNotBlank();
			assertThat(exercise.why().sources()).isNotEmpty();
			assertThat(exercise.illustration().path()).isEqualTo("/exercises/" + exercise.id() + ".svg");
			assertThat(exercise.illustration().altText()).isNotBlank().endsWith(".");
			assertThat(exercise.tags()).contains(CareTag.EXERCISE);
		});
	}

	@Test
	void everyMovementWarnsToStopWhenLegPainSpreads() {
		assertThat(ExerciseLibrary.ALL)
			.filteredOn((exercise) -> exercise.category() != ExerciseCategory.BREATHING_AND_RELAXATION)
			.allSatisfy(
					(exercise) -> assertThat(exercise.cautions()).contains(ExerciseLibrary.STOP_IF_LEG_PAIN_SPREADS));
	}

	@Test
	void positionsAreTaggedSoTheContraindicationsCanFindThem() {
		assertThat(tagged(CareTag.LYING_ON_BACK)).contains("bridge", "dead_bug", "knee_to_chest", "pelvic_tilt",
				"lower_trunk_rotation", "pilates_basics");
		assertThat(tagged(CareTag.LYING_FACE_DOWN)).containsExactly("prone_press_up");
		assertThat(tagged(CareTag.END_RANGE_FLEXION)).contains("knee_to_chest");
		assertThat(tagged(CareTag.SUSTAINED_FLEXION)).contains("childs_pose");
		assertThat(tagged(CareTag.TWISTING)).contains("lower_trunk_rotation");
		// Hands-and-knees, standing and side-lying work stays open in pregnancy.
		assertThat(tagged(CareTag.LYING_ON_BACK)).doesNotContain("cat_cow", "bird_dog", "clamshell",
				"side_plank_from_knees", "wall_pelvic_tilt", "walking");
	}

	@Test
	void thirtyWeeksPregnantLeavesHandsAndKneesAndSideLyingWork() {
		var person = Person.adult().pregnant(30).build();
		List<String> open = ExerciseLibrary.ALL.stream()
			.filter((exercise) -> Contraindications.leavingOut(exercise.id(), exercise.tags(), person).isEmpty())
			.map(Exercise::id)
			.toList();
		assertThat(open).contains("cat_cow", "bird_dog", "clamshell", "side_plank_from_knees", "walking", "swimming")
			.doesNotContain("bridge", "dead_bug", "prone_press_up", "pelvic_tilt");
	}

	@Test
	void equipmentExercisesNameWhatTheyNeed() {
		assertThat(ExerciseLibrary.find("resistance_band_row"))
			.hasValueSatisfying((exercise) -> assertThat(exercise.equipment()).hasToString("RESISTANCE_BAND"));
		assertThat(ExerciseLibrary.find("walking"))
			.hasValueSatisfying((exercise) -> assertThat(exercise.equipment()).isNull());
		assertThat(ExerciseLibrary.find("no_such_exercise")).isEmpty();
	}

	@Test
	void everyExerciseAndCategoryIsANameAPersonMayLikeOrDislike() {
		assertThat(Activities.codes()).containsAll(ids());
		assertThat(Activities.isKnown("yoga")).isTrue();
		assertThat(Activities.isKnown("jogging")).isFalse();
	}

	private static List<String> ids() {
		return ExerciseLibrary.ALL.stream().map(Exercise::id).toList();
	}

	private static List<String> tagged(CareTag tag) {
		return ExerciseLibrary.ALL.stream()
			.filter((exercise) -> exercise.tags().contains(tag))
			.map(Exercise::id)
			.toList();
	}

}
