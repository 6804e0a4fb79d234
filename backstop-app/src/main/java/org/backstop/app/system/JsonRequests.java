package org.backstop.app.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.backstop.core.assessment.AssessmentJson;
import org.backstop.core.assessment.Checked;
import org.backstop.core.assessment.Violation;

/**
 * Answers a JSON request body the way every Backstop endpoint does: read at most 64 KiB
 * ({@code 413} beyond), parse with the core's limits, hand the tree to the core, and
 * answer its result ({@code 200}) or every problem it found ({@code 400}). The core
 * checks the JSON, so the API and the command line accept and reject exactly the same
 * input.
 */
public final class JsonRequests {

	private JsonRequests() {
	}

	public static ResponseEntity<?> answer(InputStream body, Function<JsonNode, Checked<?>> handler)
			throws IOException {
		byte[] json = body.readNBytes(AssessmentJson.MAX_DOCUMENT_BYTES + 1);
		if (json.length > AssessmentJson.MAX_DOCUMENT_BYTES) {
			return Problems.invalidInput(HttpStatus.CONTENT_TOO_LARGE, List.of(new Violation("$",
					"is larger than " + AssessmentJson.MAX_DOCUMENT_BYTES + " bytes; send one request at a time")));
		}
		Checked<JsonNode> tree = AssessmentJson.parse(json, AssessmentJson.MAX_DOCUMENT_BYTES);
		if (!tree.isValid()) {
			return Problems.invalidInput(tree.violations());
		}
		Checked<?> result = handler.apply(tree.value());
		if (!result.isValid()) {
			return Problems.invalidInput(result.violations());
		}
		return ResponseEntity.ok(result.value());
	}

}
