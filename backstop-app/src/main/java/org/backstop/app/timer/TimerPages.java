package org.backstop.app.timer;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.backstop.core.exercise.ExerciseLibrary;

/**
 * {@code GET /timers} and {@code GET /timers/{kind}}: timers for heat, cold, stretch
 * holds and paced breathing. Without JavaScript a timer page still gives the instructions
 * and the lengths.
 */
@Controller
class TimerPages {

	@GetMapping("/timers")
	String timers(Model model) {
		model.addAttribute("timers", Arrays.stream(TimerKind.values()).map(TherapyTimer::standard).toList());
		return "timer/timers";
	}

	@GetMapping("/timers/{kind}")
	String timer(@PathVariable String kind, @RequestParam Optional<String> minutes,
			@RequestParam Optional<String> seconds, Model model, HttpServletResponse response) {
		Optional<TimerKind> found = TimerKind.of(kind);
		if (found.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "careplan/not-found";
		}
		model.addAttribute("timer", TherapyTimer.preset(found.get(), minutes, seconds));
		if (found.get() == TimerKind.BREATHING) {
			model.addAttribute("exercise", ExerciseLibrary.find("paced_breathing").orElse(null));
		}
		return "timer/timer";
	}

}
