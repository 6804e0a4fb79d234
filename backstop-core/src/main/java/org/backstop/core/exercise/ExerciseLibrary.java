package org.backstop.core.exercise;

import java.util.List;
import java.util.Optional;

/** The exercises and stretches Backstop can suggest, in the order it lists them. */
public final class ExerciseLibrary {

	public static final List<Exercise> ALL = List.of();

	private ExerciseLibrary() {
	}

	public static Optional<Exercise> find(String id) {
		return ALL.stream().filter((exercise) -> exercise.id().equals(id)).findFirst();
	}

}
