package org.backstop.app.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.AssessmentJson;
import org.backstop.core.AssessmentResult;

/**
 * The one shape in which the API answers an assessment, so a client finds the triage
 * level at {@code triage.level} whoever asked: the result document exactly as the core
 * gives it, and, when the assessment was kept, its {@code id} and {@code createdAt} at
 * the root of that same document (read back, its {@code input} as sent too). A signed-in
 * person's assessment that the database refused to keep has {@code "stored": false} there
 * instead.
 */
final class AssessmentDocument {

	/** The fields a kept assessment adds beside the result's own. */
	static final List<String> KEPT_FIELDS = List.of("id", "createdAt", "input");

	/** The field that says an assessment that was to be kept was not. */
	static final String STORED = "stored";

	private AssessmentDocument() {
	}

	/** An assessment nobody keeps: the result alone. */
	static ObjectNode of(AssessmentResult result) {
		return AssessmentJson.mapper().valueToTree(result);
	}

	/**
	 * An assessment that was to be kept and was not, because the database refused it: the
	 * result with {@code "stored": false}.
	 */
	static ObjectNode notKept(AssessmentResult result) {
		ObjectNode document = of(result);
		if (document.has(STORED)) {
			throw new IllegalStateException("the result has its own '" + STORED + "', which a refused keep adds");
		}
		document.put(STORED, false);
		return document;
	}

	/** A kept assessment as {@code POST} answers it: its result with id and createdAt. */
	static ObjectNode kept(StoredAssessment stored) {
		JsonNode result = AssessmentJson.mapper().readTree(stored.resultJson());
		for (String field : KEPT_FIELDS) {
			// A result field of the same name would be hidden; the contract must pick
			// another name for it.
			if (result.has(field)) {
				throw new IllegalStateException("the result has its own '" + field + "', which a kept assessment adds");
			}
		}
		ObjectNode document = AssessmentJson.mapper().createObjectNode();
		document.put("id", stored.id().toString());
		document.put("createdAt", stored.createdAt().toString());
		document.setAll((ObjectNode) result);
		return document;
	}

	/** A kept assessment read back: as {@link #kept}, with the input as sent. */
	static ObjectNode read(StoredAssessment stored) {
		ObjectNode document = kept(stored);
		document.set("input", AssessmentJson.mapper().readTree(stored.inputJson()));
		return document;
	}

	/**
	 * For the API description only: what a kept assessment adds to the result.
	 *
	 * @param id its id, also named by the Location header
	 * @param createdAt when it was made
	 */
	@Schema(name = "KeptAssessmentFields",
			description = "Added at the root of the result document when the assessment was kept (signed in)")
	record KeptFields(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant createdAt) {
	}

	/**
	 * For the API description only: what a signed-in assessment the database refused to
	 * keep adds to the result.
	 *
	 * @param stored false, present only then
	 */
	@Schema(name = "NotKeptAssessmentFields",
			description = "Added at the root of the result document when a signed-in person's assessment could "
					+ "not be kept because the database refused it; absent otherwise")
	record NotKeptFields(Boolean stored) {
	}

	/**
	 * For the API description only: what reading a kept assessment adds besides.
	 *
	 * @param input the input as it was sent
	 */
	@Schema(name = "AssessmentAsSent", description = "Added when a kept assessment is read back")
	record AsSent(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) AssessmentInput input) {
	}

}
