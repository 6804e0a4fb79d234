package org.backstop.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

	@Property(tries = 2000)
	void addingASymptomNeverLowersTheLevel(@ForAll("inputs") AssessmentInput input, @ForAll Symptom extra) {
		Set<Symptom> more = EnumSet.of(extra);
		more.addAll(input.symptoms());
		AssessmentInput withMore = new AssessmentInput(input.age(), input.sex(), input.pregnant(),
				input.pregnancyWeeks(), input.pain(), input.function(), more, input.history(), input.selfCare(),
				input.preferences());
		assertThat(isAtLeastAsUrgent(level(withMore), level(input))).as("%s then %s", level(input), level(withMore))
			.isTrue();
	}

	@Property(tries = 2000)
	void addingAHistoryCodeNeverLowersTheLevel(@ForAll("inputs") AssessmentInput input, @ForAll History extra) {
		Set<History> more = EnumSet.of(extra);
		more.addAll(input.history());
		AssessmentInput withMore = new AssessmentInput(input.age(), input.sex(), input.pregnant(),
				input.pregnancyWeeks(), input.pain(), input.function(), input.symptoms(), more, input.selfCare(),
				input.preferences());
		assertThat(isAtLeastAsUrgent(level(withMore), level(input))).isTrue();
	}

	@Property(tries = 2000)
	void everyValidInputIsReadBackAndAssessedWithoutThrowing(@ForAll("inputs") AssessmentInput input) {
		JsonNode json = AssessmentJson.mapper().valueToTree(input);
		Checked<AssessmentResult> result = AssessmentEngine.assess(json);
		assertThat(result.violations()).isEmpty();
		assertThat(AssessmentReader.read(json).value()).isEqualTo(input);
		assertThat(result.value().triage().watchFor()).isNotEmpty();
		assertThat(result.value().triage().reasons()).allSatisfy((reason) -> assertThat(reason.source()).isNotBlank());
		assertThat(result.value().severity().factors()).isNotEmpty();
	}

	@Property(tries = 2000)
	void everyBrokenFieldIsNamedInTheAnswer(@ForAll("inputs") AssessmentInput input,
			@ForAll("breakages") Breakage breakage) {
		ObjectNode json = AssessmentJson.mapper().valueToTree(input);
		String field = breakage.applyTo(json);
		Checked<AssessmentResult> result = AssessmentEngine.assess(json);
		assertThat(result.isValid()).isFalse();
		assertThat(result.violations()).anySatisfy((violation) -> {
			assertThat(violation.field()).isEqualTo(field);
			assertThat(violation.message()).isNotBlank();
		});
	}

	@Property(tries = 1000)
	void anyTextGivesAResultOrProblemsNeverAnException(@ForAll("texts") String text) {
		Checked<JsonNode> tree = AssessmentJson.parse(text.getBytes(StandardCharsets.UTF_8),
				AssessmentJson.MAX_DOCUMENT_BYTES);
		if (tree.isValid()) {
			Checked<AssessmentResult> result = AssessmentEngine.assess(tree.value());
			assertThat(result.isValid() || !result.violations().isEmpty()).isTrue();
		}
		else {
			assertThat(tree.violations()).singleElement().satisfies((v) -> assertThat(v.field()).isEqualTo("$"));
		}
	}

	static boolean isAtLeastAsUrgent(TriageLevel a, TriageLevel b) {
		return a == b || a.isMoreUrgentThan(b);
	}

	static TriageLevel level(AssessmentInput input) {
		return AssessmentEngine.assess(input).triage().level();
	}

	@Provide
	Arbitrary<AssessmentInput> inputs() {
		return People.anyInput();
	}

	/** One way of breaking a valid input, and the field path that must then be named. */
	interface Breakage {

		String applyTo(ObjectNode json);

	}

	@Provide
	Arbitrary<Breakage> breakages() {
		return Arbitraries.of(List.of(remove("age"), remove("sex"), removeIn("pain", "intensity"),
				removeIn("pain", "region"), removeIn("pain", "durationDays"), (json) -> {
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

	@Provide
	Arbitrary<String> texts() {
		Arbitrary<String> fragments = Arbitraries.of("{", "}", "[", "]", "\"age\"", ":", ",", "42", "-1", "1e99",
				"\"pain\"", "{\"intensity\":5,\"region\":\"neck\",\"durationDays\":1}", "\"sex\"", "\"female\"", "null",
				"true", "\"symptoms\"", "[\"fever\"]", " ", "\"", "\\u0000", "💥");
		return Arbitraries.oneOf(fragments.list().ofMaxSize(30).map((parts) -> String.join("", parts)),
				Arbitraries.strings().ofMaxLength(200));
	}

}
