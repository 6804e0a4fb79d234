package org.backstop.core.severity;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The severity grade with what decided it.
 *
 * @param level the grade
 * @param factors each input that set or raised the grade, in plain words
 * @param cutPoints the cut points used, stated as a convention
 * @param source where the cut points come from, by short name
 */
@JsonPropertyOrder({ "level", "factors", "cutPoints", "source" })
public record SeverityResult(SeverityLevel level, List<String> factors, String cutPoints, String source) {

	public SeverityResult {
		factors = List.copyOf(factors);
	}

}
