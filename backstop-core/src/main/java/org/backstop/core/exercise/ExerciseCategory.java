package org.backstop.core.exercise;

import org.backstop.core.json.Coded;
import org.backstop.core.json.Coded.Codes;

/** The kinds of exercise in the library. */
public enum ExerciseCategory implements Coded {

	/** Gentle movement suitable from the first days of a spasm. */
	GENTLE_MOBILITY, STRETCH, CORE_STRENGTH, HIP_STRENGTH,
	/** Low-impact aerobic activity: walking, swimming, cycling. */
	AEROBIC, YOGA, PILATES, BREATHING_AND_RELAXATION;

	public static final Codes<ExerciseCategory> CODES = Coded.codes(ExerciseCategory.class);

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
