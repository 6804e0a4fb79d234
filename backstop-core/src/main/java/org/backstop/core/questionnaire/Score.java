package org.backstop.core.questionnaire;

import java.util.Map;

/**
 * A scored questionnaire.
 *
 * @param instrument the instrument's id
 * @param value the score
 * @param band the interpretation band it falls in, or {@code null} when the instrument
 * has none published
 * @param subscores named parts of the score (such as STarT Back's psychosocial subscale),
 * possibly empty
 */
public record Score(String instrument, double value, Band band, Map<String, Double> subscores) {

	public Score {
		subscores = Map.copyOf(subscores);
	}

}
