package org.backstop.core.assessment;

import java.util.List;

/**
 * What the contract accepts as a liked or disliked activity: an exercise category code,
 * then an exercise id, as the exercise library names them. The list is part of the
 * contract, so the contract does not reach into the exercise library to read it; a core
 * test ({@code ExerciseLibraryTest}) fails when the two drift apart.
 */
public final class ActivityCodes {

	/** Every category code, then every exercise id, in the library's order. */
	public static final List<String> ALL = List.of(
			// Categories
			"gentle_mobility", "stretch", "core_strength", "hip_strength", "aerobic", "yoga", "pilates",
			"breathing_and_relaxation",
			// Exercises
			"cat_cow", "pelvic_tilt", "lower_trunk_rotation", "wall_pelvic_tilt", "stability_ball_pelvic_circles",
			"childs_pose", "knee_to_chest", "prone_press_up", "hip_flexor_stretch", "foam_roller_upper_back", "bridge",
			"bird_dog", "dead_bug", "side_plank_from_knees", "resistance_band_row", "clamshell", "walking", "swimming",
			"cycling", "gentle_yoga_flow", "pilates_basics", "diaphragmatic_breathing", "paced_breathing", "body_scan");

	private ActivityCodes() {
	}

}
