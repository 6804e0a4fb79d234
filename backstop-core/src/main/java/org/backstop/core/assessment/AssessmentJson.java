package org.backstop.core.assessment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.backstop.core.json.StrictJson;
import org.backstop.core.problem.Checked;

/**
 * Reads one assessment from JSON text for {@link AssessmentReader}, parsed with
 * {@link StrictJson}'s limits, and names the mapper that writes the contract's results.
 */
public final class AssessmentJson {

	private AssessmentJson() {
	}

	/**
	 * The mapper that reads and writes the contract's JSON: {@link StrictJson#mapper()}.
	 */
	public static JsonMapper mapper() {
		return StrictJson.mapper();
	}

	/** Reads one assessment from JSON text, reporting every problem. */
	public static Checked<AssessmentInput> readInput(byte[] json) {
		Checked<JsonNode> tree = StrictJson.parse(json, StrictJson.MAX_DOCUMENT_BYTES);
		return tree.isValid() ? AssessmentReader.read(tree.value()) : Checked.invalid(tree.violations());
	}

}
