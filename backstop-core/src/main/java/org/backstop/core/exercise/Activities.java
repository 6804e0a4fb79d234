package org.backstop.core.exercise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a person may name as an exercise they like or dislike: an exercise of the library
 * by its id, or a whole category.
 */
public final class Activities {

	private static final List<String> CODES = codesOf();

	private Activities() {
	}

	public static boolean isKnown(String code) {
		return CODES.contains(code);
	}

	/** Every category code, then every exercise id. */
	public static List<String> codes() {
		return CODES;
	}

	/** Whether the exercise is the named activity or belongs to the named category. */
	public static boolean matches(Exercise exercise, String code) {
		return exercise.id().equals(code) || exercise.category().code().equals(code);
	}

	private static List<String> codesOf() {
		List<String> codes = new ArrayList<>();
		for (ExerciseCategory category : ExerciseCategory.values()) {
			codes.add(category.code());
		}
		ExerciseLibrary.ALL.forEach((exercise) -> codes.add(exercise.id()));
		return Collections.unmodifiableList(codes);
	}

}
