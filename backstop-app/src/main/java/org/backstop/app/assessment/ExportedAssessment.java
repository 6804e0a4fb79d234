package org.backstop.app.assessment;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

import org.backstop.core.assessment.AssessmentJson;

/**
 * A stored assessment as the account export ({@code backstop-export/1}) writes it: the
 * input and the result side by side. The export is a file people keep, so its format
 * stays as it is even though the API answers assessments in another shape
 * ({@link AssessmentDocument}).
 *
 * @param id its id
 * @param createdAt when it was made
 * @param engineVersion the engine that made it
 * @param triageLevel the triage level it gave
 * @param severity the severity grade it gave
 * @param input the input as sent
 * @param result the result as given
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ExportedAssessment(UUID id, Instant createdAt, String engineVersion, String triageLevel, String severity,
		JsonNode input, JsonNode result) {

	static ExportedAssessment of(StoredAssessment stored) {
		return new ExportedAssessment(stored.id(), stored.createdAt(), stored.engineVersion(), stored.triageLevel(),
				stored.severity(), AssessmentJson.mapper().readTree(stored.inputJson()),
				AssessmentJson.mapper().readTree(stored.resultJson()));
	}

}
