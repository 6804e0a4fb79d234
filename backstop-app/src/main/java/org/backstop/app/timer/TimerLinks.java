package org.backstop.app.timer;

import java.util.Optional;
import java.util.Set;

import org.backstop.core.careplan.CarePlan;
import org.backstop.core.exercise.Exercise;
import org.backstop.core.selfcare.Dose;

/**
 * Which timer goes with a plan item or an exercise, so the plan and the library can link
 * to it. Only local heat and cold get a timer: whole-body heat such as a sauna does not.
 */
public final class TimerLinks {

	private static final Set<String> HEAT = Set.of("heat_wrap", "hot_water_bottle");

	private static final Set<String> COLD = Set.of("cold_pack");

	private static final Set<String> BREATHING = Set.of("paced_breathing", "diaphragmatic_breathing");

	private TimerLinks() {
	}

	/** The timer's address for a plan item, if one fits. */
	public static Optional<String> forItem(CarePlan.Item item) {
		return forThing(item.id(), item.dose());
	}

	/** The timer's address for an exercise of the library, if one fits. */
	public static Optional<String> forExercise(Exercise exercise) {
		return forThing(exercise.id(), exercise.dose());
	}

	private static Optional<String> forThing(String id, Dose dose) {
		if (HEAT.contains(id)) {
			return Optional.of("/timers/heat");
		}
		if (COLD.contains(id)) {
			return Optional.of("/timers/cold");
		}
		if (BREATHING.contains(id)) {
			return Optional.of("/timers/breathing");
		}
		if (dose != null && dose.holdSeconds() != null) {
			return Optional.of("/timers/stretch?seconds=" + dose.holdSeconds());
		}
		return Optional.empty();
	}

}
