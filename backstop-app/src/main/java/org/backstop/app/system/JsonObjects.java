package org.backstop.app.system;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.Violation;

/** JSON object bodies whose fields are all known ahead. */
public final class JsonObjects {

	private JsonObjects() {
	}

	/**
	 * The fields of a JSON object body that must hold exactly the {@code known} fields:
	 * anything else is a violation, never ignored.
	 */
	public static JsonFields withOnly(JsonNode tree, Set<String> known, List<Violation> violations) {
		JsonFields fields = new JsonFields("", violations);
		if (fields.requireObject(tree, "the fields " + String.join(", ", known))) {
			fields.rejectUnknown(tree, known);
		}
		return fields;
	}

}
