package org.backstop.app.exercise;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.backstop.app.system.InvalidInputException;
import org.backstop.app.system.NotFoundException;
import org.backstop.core.exercise.Exercise;
import org.backstop.core.exercise.ExerciseCategory;
import org.backstop.core.exercise.ExerciseLibrary;
import org.backstop.core.problem.Violation;

/**
 * {@code GET /api/v1/exercises} and {@code GET /api/v1/exercises/{id}}: the library the
 * plan draws on. Drawings are served as static files at each exercise's illustration
 * path.
 */
@RestController
class ExerciseController {

	@GetMapping("/api/v1/exercises")
	@Operation(summary = "List the exercises and stretches of the library, optionally of one category")
	@ApiResponse(responseCode = "200", description = "the exercises, in the order the library lists them",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = Exercise.class))))
	@ApiResponse(responseCode = "400", description = "an unknown category",
			content = @Content(mediaType = "application/problem+json"))
	List<Exercise> exercises(@Parameter(description = "only exercises of this category",
			schema = @Schema(implementation = ExerciseCategory.class)) @RequestParam Optional<String> category) {
		if (category.isEmpty()) {
			return ExerciseLibrary.ALL;
		}
		ExerciseCategory wanted = ExerciseCategory.CODES.find(category.get())
			.orElseThrow(() -> new InvalidInputException(List.of(Violation.of("category", "category.unknown",
					"unknown category; use one of {0}", String.join(", ", ExerciseCategory.CODES.allowed())))));
		return ExerciseLibrary.ALL.stream().filter((exercise) -> exercise.category() == wanted).toList();
	}

	@GetMapping("/api/v1/exercises/{id}")
	@Operation(summary = "One exercise with its steps, dose, progression, cautions, drawing and evidence")
	@ApiResponse(responseCode = "200", description = "the exercise",
			content = @Content(schema = @Schema(implementation = Exercise.class)))
	@ApiResponse(responseCode = "404", description = "no exercise has this id",
			content = @Content(mediaType = "application/problem+json"))
	Exercise exercise(@PathVariable String id) {
		return ExerciseLibrary.find(id)
			.orElseThrow(() -> new NotFoundException("There is no exercise with the id " + quoted(id) + "."));
	}

	/** Echoes at most a short, printable part of what was asked for. */
	private static String quoted(String id) {
		String shown = id.codePoints()
			.limit(60)
			.map((c) -> Character.isISOControl(c) ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return "'" + shown + "'";
	}

}
