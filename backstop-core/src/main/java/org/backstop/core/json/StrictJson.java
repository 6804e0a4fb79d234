package org.backstop.core.json;

import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/**
 * Turns JSON text into a tree with limits that keep absurd input from costing memory or
 * time, and holds the one mapper that reads and writes Backstop's JSON. Broken JSON
 * becomes a {@link Violation} on the document ({@code $}), never an exception.
 */
public final class StrictJson {

	/** Largest accepted document holding one request. */
	public static final int MAX_DOCUMENT_BYTES = 64 * 1024;

	/** Largest accepted document holding many requests, for the command line. */
	public static final int MAX_BATCH_BYTES = 16 * 1024 * 1024;

	/** Most requests accepted in one array. */
	public static final int MAX_BATCH_ITEMS = 10_000;

	private static final JsonMapper MAPPER = JsonMapper
		.builder(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(16)
				.maxStringLength(4096)
				.maxNumberLength(64)
				.maxNameLength(256)
				.build())
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.build())
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final Pattern SOURCE_DETAILS = Pattern
		.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)|\\s*at \\[Source:[^\\]]*\\]");

	/**
	 * Where Jackson names its own settings ({@code StreamReadConstraints},
	 * {@code JsonReadFeature}): words for its developers, not for a caller.
	 */
	private static final Pattern SETTINGS = Pattern
		.compile(",\\s*from `[^`]*`|:?\\s*(?:enable|disable|use)\\s+`[^`]*`(?:\\s+to allow)?|\\s*`[^`]*`");

	private StrictJson() {
	}

	/** The mapper that reads and writes Backstop's JSON, with the limits above. */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	/** Parses a document of at most {@code maxBytes} bytes. */
	public static Checked<JsonNode> parse(byte[] json, int maxBytes) {
		if (json.length > maxBytes) {
			return problem("json.too_large", "is {0} bytes; at most {1} are accepted", json.length, maxBytes);
		}
		if (isBlank(json)) {
			return problem("json.empty", "is empty; send a JSON object");
		}
		try {
			JsonNode tree = MAPPER.readTree(json);
			if (tree == null || tree.isMissingNode()) {
				return problem("json.empty", "is empty; send a JSON object");
			}
			return Checked.valid(tree);
		}
		catch (JacksonException ex) {
			// Jackson's own words say where and what; they stay an English argument.
			return problem("json.syntax", "is not valid JSON: {0}", describe(ex));
		}
	}

	private static Checked<JsonNode> problem(String code, String englishPattern, Object... arguments) {
		return Checked.invalid(List.of(Violation.of("$", code, englishPattern, arguments)));
	}

	private static boolean isBlank(byte[] json) {
		for (byte b : json) {
			if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
				return false;
			}
		}
		return true;
	}

	private static String describe(JacksonException ex) {
		String message = ex.getOriginalMessage();
		int newline = message.indexOf('\n');
		if (newline >= 0) {
			message = message.substring(0, newline);
		}
		// Jackson names the (hidden) source and offsets; a person needs only line and
		// column.
		message = SOURCE_DETAILS.matcher(message).replaceAll("").strip();
		message = SETTINGS.matcher(message).replaceAll("").strip();
		if (message.startsWith("Trailing token")) {
			message = "more content follows the end of the JSON value";
		}
		if (!message.isEmpty()) {
			message = Character.toLowerCase(message.charAt(0)) + message.substring(1);
		}
		TokenStreamLocation location = ex.getLocation();
		if (location != null && location.getLineNr() > 0) {
			message += " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
		}
		return message;
	}

}
