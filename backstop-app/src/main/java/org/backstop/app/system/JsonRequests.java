package org.backstop.app.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.backstop.core.json.StrictJson;
import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

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
		return handle(body, (tree) -> {
			Checked<?> result = handler.apply(tree);
			if (!result.isValid()) {
				return Problems.invalidInput(result.violations());
			}
			return ResponseEntity.ok(result.value());
		});
	}

	/**
	 * Reads and parses the body as {@link #answer} does, then leaves the answer to the
	 * handler: for endpoints whose success is not a plain {@code 200}.
	 */
	public static ResponseEntity<?> handle(InputStream body, Function<JsonNode, ResponseEntity<?>> handler)
			throws IOException {
		byte[] json = body.readNBytes(StrictJson.MAX_DOCUMENT_BYTES + 1);
		if (json.length > StrictJson.MAX_DOCUMENT_BYTES) {
			return Problems.invalidInput(HttpStatus.CONTENT_TOO_LARGE,
					List.of(Violation.of("$", "json.too_large_request",
							"is larger than {0} bytes; send one request at a time", StrictJson.MAX_DOCUMENT_BYTES)));
		}
		Checked<JsonNode> tree = StrictJson.parse(json, StrictJson.MAX_DOCUMENT_BYTES);
		if (!tree.isValid()) {
			return Problems.invalidInput(tree.violations());
		}
		return handler.apply(tree.value());
	}

	/**
	 * The fields of a JSON object body that must hold exactly the {@code known} fields:
	 * anything else is a violation, never ignored.
	 */
	public static JsonFields object(JsonNode tree, Set<String> known, List<Violation> violations) {
		JsonFields fields = new JsonFields("", violations);
		if (fields.requireObject(tree, "the fields " + String.join(", ", known))) {
			fields.rejectUnknown(tree, known);
		}
		return fields;
	}

}
