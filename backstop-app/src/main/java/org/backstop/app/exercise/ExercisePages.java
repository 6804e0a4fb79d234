package org.backstop.app.exercise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.backstop.app.timer.TimerLinks;
import org.backstop.core.careplan.CarePlanner;
import org.backstop.core.exercise.Exercise;
import org.backstop.core.exercise.ExerciseCategory;
import org.backstop.core.exercise.ExerciseLibrary;

/**
 * {@code GET /exercises} and {@code GET /exercises/{id}}: the library as pages. The id
 * pattern has no dot, so the drawings at {@code /exercises/<id>.svg} stay static files.
 */
@Controller
class ExercisePages {

	@GetMapping("/exercises")
	String exercises(Model model) {
		Map<ExerciseCategory, List<Exercise>> byCategory = new LinkedHashMap<>();
		for (ExerciseCategory category : ExerciseCategory.values()) {
			List<Exercise> of = ExerciseLibrary.ALL.stream().filter((e) -> e.category() == category).toList();
			if (!of.isEmpty()) {
				byCategory.put(category, of);
			}
		}
		Map<ExerciseCategory, String> purposes = new LinkedHashMap<>();
		byCategory.keySet().forEach((category) -> purposes.put(category, CarePlanner.purpose(category)));
		model.addAttribute("categories", byCategory);
		model.addAttribute("purposes", purposes);
		return "exercise/exercises";
	}

	@GetMapping("/exercises/{id:[a-z0-9_]+}")
	String exercise(@PathVariable String id, Model model, HttpServletResponse response) {
		Optional<Exercise> found = ExerciseLibrary.find(id);
		if (found.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "careplan/not-found";
		}
		model.addAttribute("exercise", found.get());
		model.addAttribute("purpose", CarePlanner.purpose(found.get().category()));
		model.addAttribute("timerLink", TimerLinks.forExercise(found.get()).orElse(null));
		return "exercise/exercise";
	}

}
