package org.backstop.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.Violation;

/**
 * What holds for the text of every field: any Unicode a person can type fits its length
 * in characters (an emoji counts one), and control characters and lone surrogates never
 * pass, as a JSON escape or otherwise.
 */
class TextProperties {

	@Test
	void anyPrintableUnicodeWithinTheLengthIsTaken() {
		qt().withExamples(1000)
			// Unfit code points are replaced rather than assumed away: rejecting samples
			// made QuickTheories give up now and then on a busy machine.
			.forAll(strings().betweenCodePoints(0x20, 0x10FFFF).ofLengthBetween(1, 80).map(TextProperties::fit))
			.checkAssert((text) -> {
				assertThat(JsonFields.textProblem(text, 80, false)).isEmpty();
				assertThat(read("{\"label\":" + json(text) + "}")).isEqualTo(text.strip());
			});
	}

	@Test
	void aControlCharacterOrALoneSurrogateIsNeverTaken() {
		qt().withExamples(1000)
			.forAll(strings().allPossible()
				.ofLengthBetween(0, 20)
				.map((t) -> t.replaceAll("[\"\\\\\\p{Cc}\\p{Cs}]", "")),
					integers().between(0, 64).map((i) -> (i < 32) ? i : 0x7F + i - 32),
					integers().between(0xD800, 0xDFFF))
			.checkAssert((text, control, surrogate) -> {
				String withControl = text + (char) control.intValue() + "x";
				String withSurrogate = text + (char) surrogate.intValue() + "x";
				assertThat(JsonFields.textProblem(withControl, 80, false)).contains(JsonFields.CONTROL_CHARACTER);
				assertThat(JsonFields.textProblem(withSurrogate, 80, false)).contains(JsonFields.NOT_UNICODE);
				assertThat(violations("{\"label\":\"" + text + String.format("\\u%04x", surrogate) + "x\"}"))
					.extracting(Violation::field, Violation::message)
					.containsExactly(tuple("label", JsonFields.NOT_UNICODE));
			});
	}

	@Test
	void aMultiLineFieldTakesTabsAndLineBreaks() {
		assertThat(JsonFields.textProblem("one\ttwo\r\nthree", 80, true)).isEmpty();
		assertThat(JsonFields.textProblem("one\u0000two", 80, true)).contains(JsonFields.CONTROL_CHARACTER);
	}

	/** The text with each unfit code point made an "a", and never blank. */
	private static String fit(String text) {
		String fit = text.codePoints()
			.map((c) -> unfit(c) ? 'a' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return fit.isBlank() ? "a" + fit.substring(1) : fit;
	}

	private static boolean unfit(int c) {
		return Character.isISOControl(c) || (c >= 0xD800 && c <= 0xDFFF);
	}

	private static String read(String json) {
		List<Violation> violations = new ArrayList<>();
		JsonNode tree = AssessmentJson.mapper().readTree(json);
		String text = new JsonFields("", violations).optionalText(tree, "label", 80);
		assertThat(violations).isEmpty();
		return text;
	}

	private static List<Violation> violations(String json) {
		List<Violation> violations = new ArrayList<>();
		JsonNode tree = AssessmentJson.mapper().readTree(json);
		new JsonFields("", violations).optionalText(tree, "label", 80);
		return violations;
	}

	private static String json(String text) {
		return AssessmentJson.mapper().writeValueAsString(text);
	}

}
