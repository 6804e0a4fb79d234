package org.backstop.app.assessment;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

import org.backstop.core.assessment.AssessmentJson;

/**
 * A stored assessment as the API shows it: in lists without its input and result, alone
 * with both.
 *
 * @param id its id
 * @param createdAt when it was made
 * @param engineVersion the engine that made it
 * @param triageLevel the triage level it gave
 * @param severity the severity grade it gave
 * @param input the input as sent, when shown alone
 * @param result the result as given, when shown alone
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AssessmentView(UUID id, Instant createdAt, String engineVersion, String triageLevel, String severity,
		JsonNode input, JsonNode result) {

	static AssessmentView summary(StoredAssessment stored) {
		return new AssessmentView(stored.id(), stored.createdAt(), stored.engineVersion(), stored.triageLevel(),
				stored.severity(), null, null);
	}

	static AssessmentView full(StoredAssessment stored) {
		return new AssessmentView(stored.id(), stored.createdAt(), stored.engineVersion(), stored.triageLevel(),
				stored.severity(), AssessmentJson.mapper().readTree(stored.inputJson()),
				AssessmentJson.mapper().readTree(stored.resultJson()));
	}

}
