package org.backstop.app.assessment;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A kept assessment in a list: the few fields a list shows, at the same paths as in the
 * whole document ({@code triage.level}, {@code severity.level}), so a client reads them
 * one way everywhere.
 *
 * @param id its id
 * @param createdAt when it was made
 * @param engineVersion the engine that made it
 * @param triage the triage level it gave
 * @param severity the severity grade it gave
 */
record AssessmentSummary(UUID id, Instant createdAt, String engineVersion, Level triage, Level severity) {

	static AssessmentSummary of(StoredAssessment stored) {
		return new AssessmentSummary(stored.id(), stored.createdAt(), stored.engineVersion(),
				new Level(stored.triageLevel()), new Level(stored.severity()));
	}

	/**
	 * A level, in an object as the whole document has it.
	 *
	 * @param level its code
	 */
	@Schema(name = "AssessmentSummaryLevel")
	record Level(String level) {
	}

}
