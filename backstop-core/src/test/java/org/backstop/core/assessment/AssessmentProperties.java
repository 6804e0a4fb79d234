package org.backstop.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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

	/**
	 * Unknown is not absent: an onset left out is never answered less urgently than
	 * either answer would be.
	 */
	@Test
	void anOnsetLeftOutIsNeverLessUrgentThanAnyGivenOnset() {
		qt().withExamples(2000).forAll(People.anyInput(), enumValues(Onset.class)).checkAssert((input, onset) -> {
			AssessmentInput blank = withOnset(input, null);
			AssessmentInput known = withOnset(input, onset);
			assertThat(isAtLeastAsUrgent(level(blank), level(known)))
				.as("blank %s, %s %s", level(blank), onset, level(known))
				.isTrue();
		});
	}

	/**
	 * A pregnancy of unknown week is read as late: its plan leaves out at least what the
	 * plan of any known week leaves out, and its triage is never less urgent.
	 */
	@Test
	void aPregnancyOfUnknownWeekIsNeverTreatedLessCautiouslyThanAnyKnownWeek() {
		qt().withExamples(1000).forAll(People.anyInput(), range(0, 45)).checkAssert((input, weeks) -> {
			if (input.sex() == Sex.MALE) {
				return;
			}
			AssessmentResult unknown = AssessmentEngine.assess(pregnant(input, null));
			AssessmentResult known = AssessmentEngine.assess(pregnant(input, weeks));
			assertThat(isAtLeastAsUrgent(unknown.triage().level(), known.triage().level())).isTrue();
			assertThat(excludedIds(unknown)).containsAll(excludedIds(known));
		});
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

	private static AssessmentInput withOnset(AssessmentInput input, Onset onset) {
		AssessmentInput.Pain p = input.pain();
		AssessmentInput.Pain pain = new AssessmentInput.Pain(p.intensity(), p.region(), onset, p.durationDays(),
				p.spasmsPerWeek(), p.radiation(), p.legSymptomsDays(), p.worseAtNightOrRest(), p.trauma());
		return new AssessmentInput(input.age(), input.sex(), input.pregnant(), input.pregnancyWeeks(), pain,
				input.function(), input.symptoms(), input.history(), input.selfCare(), input.preferences());
	}

	private static AssessmentInput pregnant(AssessmentInput input, Integer weeks) {
		return new AssessmentInput(input.age(), input.sex(), true, weeks, input.pain(), input.function(),
				input.symptoms(), input.history(), input.selfCare(), input.preferences());
	}

	private static Set<String> excludedIds(AssessmentResult result) {
		Set<String> ids = new TreeSet<>();
		result.plan().excluded().forEach((item) -> ids.add(item.id()));
		return ids;
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
