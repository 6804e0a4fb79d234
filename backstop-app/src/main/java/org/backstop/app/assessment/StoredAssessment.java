package org.backstop.app.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * An assessment kept for its owner: the input as sent and the result as given.
 *
 * @param id its id
 * @param accountId whose it is
 * @param createdAt when it was made
 * @param engineVersion the engine that made it
 * @param triageLevel the triage level, for lists
 * @param severity the severity grade, for lists
 * @param inputJson the input, as JSON
 * @param resultJson the result, as JSON
 */
record StoredAssessment(UUID id, UUID accountId, Instant createdAt, String engineVersion, String triageLevel,
		String severity, String inputJson, String resultJson) {
}
