package org.backstop.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.backstop.core.testing.People;
import org.backstop.core.triage.TriageLevel;

/**
 * Properties that must hold for every input: more red flags never lower the level, no
 * valid input throws, and every invalid input is answered with a clear error on its
 * field.
 */
class AssessmentProperties {

	@Test
	void addingASymptomNeverLowersTheLevel() {
		qt().withExamples(2000)
			.forAll(People.anyInput(), enumValues(Symptom.class))
			.checkAssert(AssessmentProperties::aSymptomMoreNeverLowersTheLevel);
	}

	@Test
	void addingAHistoryCodeNeverLowersTheLevel() {
		qt().withExamples(2000)
			.forAll(People.anyInput(), enumValues(History.class))
			.checkAssert(AssessmentProperties::aHistoryCodeMoreNeverLowersTheLevel);
	}

	@Test
	void everyValidInputIsReadBackAndAssessedWithoutThrowing() {
		qt().withExamples(2000).forAll(People.anyInput()).checkAssert((input) -> {
			JsonNode json = AssessmentJson.mapper().valueToTree(input);
			Checked<AssessmentResult> result = AssessmentEngine.assess(json);
			assertThat(result.violations()).isEmpty();
			assertThat(AssessmentReader.read(json).value()).isEqualTo(input);
			assertThat(result.value().triage().watchFor()).isNotEmpty();
			assertThat(result.value().triage().reasons())
				.allSatisfy((reason) -> assertThat(reason.source()).isNotBlank());
			assertThat(result.value().severity().factors()).isNotEmpty();
		});
	}

	@Test
	void everyBrokenFieldIsNamedInTheAnswer() {
		qt().withExamples(2000).forAll(People.anyInput(), breakages()).checkAssert((input, breakage) -> {
			ObjectNode json = AssessmentJson.mapper().valueToTree(input);
			String field = breakage.applyTo(json);
			Checked<AssessmentResult> result = AssessmentEngine.assess(json);
			assertThat(result.isValid()).isFalse();
			assertThat(result.violations()).anySatisfy((violation) -> {
				assertThat(violation.field()).isEqualTo(field);
				assertThat(violation.message()).isNotBlank();
			});
		});
	}

	@Test
	void anyTextGivesAResultOrProblemsNeverAnException() {
		qt().withExamples(1000).forAll(texts()).checkAssert((text) -> {
			Checked<JsonNode> tree = AssessmentJson.parse(text.getBytes(StandardCharsets.UTF_8),
					AssessmentJson.MAX_DOCUMENT_BYTES);
			if (tree.isValid()) {
				Checked<AssessmentResult> result = AssessmentEngine.assess(tree.value());
				assertThat(result.isValid() || !result.violations().isEmpty()).isTrue();
			}
			else {
				assertThat(tree.violations()).singleElement().satisfies((v) -> assertThat(v.field()).isEqualTo("$"));
			}
		});
	}

	private static void aSymptomMoreNeverLowersTheLevel(AssessmentInput input, Symptom extra) {
		Set<Symptom> more = EnumSet.of(extra);
		more.addAll(input.symptoms());
		AssessmentInput withMore = new AssessmentInput(input.age(), input.sex(), input.pregnant(),
				input.pregnancyWeeks(), input.pain(), input.function(), more, input.history(), input.selfCare(),
				input.preferences());
		assertThat(isAtLeastAsUrgent(level(withMore), level(input))).as("%s then %s", level(input), level(withMore))
			.isTrue();
	}

	private static void aHistoryCodeMoreNeverLowersTheLevel(AssessmentInput input, History extra) {
		Set<History> more = EnumSet.of(extra);
		more.addAll(input.history());
		AssessmentInput withMore = new AssessmentInput(input.age(), input.sex(), input.pregnant(),
				input.pregnancyWeeks(), input.pain(), input.function(), input.symptoms(), more, input.selfCare(),
				input.preferences());
		assertThat(isAtLeastAsUrgent(level(withMore), level(input))).isTrue();
	}

	static boolean isAtLeastAsUrgent(TriageLevel a, TriageLevel b) {
		return a == b || a.isMoreUrgentThan(b);
	}

	static TriageLevel level(AssessmentInput input) {
		return AssessmentEngine.assess(input).triage().level();
	}

	/** One way of breaking a valid input, and the field path that must then be named. */
	interface Breakage {

		String applyTo(ObjectNode json);

	}

	static Gen<Breakage> breakages() {
		return pick(List.of(remove("age"), remove("sex"), removeIn("pain", "intensity"), removeIn("pain", "region"),
				removeIn("pain", "durationDays"), (json) -> {
					json.put("age", 121);
					return "age";
				}, (json) -> {
					json.put("age", "forty");
					return "age";
				}, (json) -> {
					json.put("sex", "woman");
					return "sex";
				}, (json) -> {
					json.put("colour", "blue");
					return "colour";
				}, (json) -> {
					pain(json).put("intensity", 11);
					return "pain.intensity";
				}, (json) -> {
					pain(json).put("intensity", 4.5);
					return "pain.intensity";
				}, (json) -> {
					pain(json).put("region", "knee");
					return "pain.region";
				}, (json) -> {
					pain(json).put("durationDays", -1);
					return "pain.durationDays";
				}, (json) -> {
					pain(json).put("radiation", true);
					return "pain.radiation";
				}, (json) -> {
					pain(json).put("extra", 1);
					return "pain.extra";
				}, (json) -> {
					json.putArray("symptoms").add("fever").add("not_a_symptom");
					return "symptoms[1]";
				}, (json) -> {
					ArrayNode history = json.putArray("history");
					history.add("cancer").add("diabetes").add(7);
					return "history[2]";
				}, (json) -> {
					json.put("symptoms", "fever");
					return "symptoms";
				}, (json) -> {
					json.put("pregnancyWeeks", 46);
					return "pregnancyWeeks";
				}, (json) -> {
					json.putObject("function").put("mobility", "crawling");
					return "function.mobility";
				}, (json) -> {
					json.putObject("selfCare").put("weeksTried", -2);
					return "selfCare.weeksTried";
				}, (json) -> {
					json.put("pain", "bad");
					return "pain";
				}));
	}

	private static Breakage remove(String field) {
		return (json) -> {
			json.remove(field);
			return field;
		};
	}

	private static Breakage removeIn(String object, String field) {
		return (json) -> {
			((ObjectNode) json.get(object)).remove(field);
			return object + "." + field;
		};
	}

	private static ObjectNode pain(ObjectNode json) {
		return (ObjectNode) json.get("pain");
	}

	static Gen<String> texts() {
		Gen<String> fragments = pick(List.of("{", "}", "[", "]", "\"age\"", ":", ",", "42", "-1", "1e99", "\"pain\"",
				"{\"intensity\":5,\"region\":\"neck\",\"durationDays\":1}", "\"sex\"", "\"female\"", "null", "true",
				"\"symptoms\"", "[\"fever\"]", " ", "\"", "\\u0000", "💥"));
		return oneOf(lists().of(fragments).ofSizeBetween(0, 30).map((parts) -> String.join("", parts)),
				strings().allPossible().ofLengthBetween(0, 200));
	}

}
