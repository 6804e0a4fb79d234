package org.backstop.core;

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

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.AssessmentJson;
import org.backstop.core.json.StrictJson;
import org.backstop.core.assessment.AssessmentReader;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Mobility;
import org.backstop.core.assessment.Onset;
import org.backstop.core.assessment.Question;
import org.backstop.core.assessment.Radiation;
import org.backstop.core.assessment.Sex;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.assessment.Trauma;
import org.backstop.core.problem.Checked;
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

	/**
	 * Unknown is not absent: for every question that accepts "not sure", that answer is
	 * never less urgent than any known answer to it, or than leaving it blank.
	 */
	@Test
	void notSureIsNeverLessUrgentThanAnyKnownAnswer() {
		qt().withExamples(3000).forAll(People.anyInput(), enumValues(Question.class)).checkAssert((input, question) -> {
			if (!canBeAsked(input, question)) {
				return;
			}
			AssessmentInput blank = CautiousReading.with(input, question, null);
			AssessmentInput notSure = withNotSure(blank, EnumSet.of(question), Set.of(), Set.of());
			TriageLevel notSureLevel = level(notSure);
			for (Object known : knownAnswers(question, input)) {
				TriageLevel knownLevel = level(CautiousReading.with(input, question, known));
				assertThat(isAtLeastAsUrgent(notSureLevel, knownLevel))
					.as("%s not sure gave %s, %s gave %s", question.code(), notSureLevel, known, knownLevel)
					.isTrue();
			}
		});
	}

	/**
	 * A symptom or history code given as "not sure" is never less urgent than having it
	 * or not having it.
	 */
	@Test
	void aCodeGivenAsNotSureIsNeverLessUrgentThanHavingItOrNot() {
		qt().withExamples(2000)
			.forAll(People.anyInput(), enumValues(Symptom.class), enumValues(History.class))
			.checkAssert((input, symptom, item) -> {
				Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
				symptoms.addAll(input.symptoms());
				symptoms.remove(symptom);
				Set<History> history = EnumSet.noneOf(History.class);
				history.addAll(input.history());
				history.remove(item);
				AssessmentInput without = withCodes(input, symptoms, history);
				TriageLevel notSure = level(withNotSure(without, Set.of(), EnumSet.of(symptom), Set.of()));
				Set<Symptom> withSymptom = EnumSet.of(symptom);
				withSymptom.addAll(symptoms);
				assertThat(isAtLeastAsUrgent(notSure, level(without))).isTrue();
				assertThat(isAtLeastAsUrgent(notSure, level(withCodes(without, withSymptom, history)))).isTrue();
				TriageLevel historyNotSure = level(withNotSure(without, Set.of(), Set.of(), EnumSet.of(item)));
				Set<History> withItem = EnumSet.of(item);
				withItem.addAll(history);
				assertThat(isAtLeastAsUrgent(historyNotSure, level(without))).isTrue();
				assertThat(isAtLeastAsUrgent(historyNotSure, level(withCodes(without, symptoms, withItem)))).isTrue();
			});
	}

	private static boolean canBeAsked(AssessmentInput input, Question question) {
		return switch (question) {
			case PREGNANT -> input.sex() != Sex.MALE;
			case PREGNANCY_WEEKS -> Boolean.TRUE.equals(input.pregnant());
			default -> true;
		};
	}

	/**
	 * Every known answer, and the values on each side of every cut point the rules use.
	 */
	private static List<Object> knownAnswers(Question question, AssessmentInput input) {
		int days = input.pain().durationDays();
		List<Object> answers = new java.util.ArrayList<>();
		answers.add(null);
		switch (question) {
			case PREGNANT, WORSE_AT_NIGHT_OR_REST, SELF_CARE_IMPROVING -> answers.addAll(List.of(true, false));
			case PREGNANCY_WEEKS -> java.util.stream.IntStream.rangeClosed(0, 45).forEach(answers::add);
			case ONSET -> answers.addAll(List.of((Object[]) Onset.values()));
			case RADIATION -> answers.addAll(List.of((Object[]) Radiation.values()));
			case TRAUMA -> answers.addAll(List.of((Object[]) Trauma.values()));
			case MOBILITY -> answers.addAll(List.of((Object[]) Mobility.values()));
			case LEG_SYMPTOMS_DAYS -> answers.addAll(List.of(0, 1, 7, 14, 15, 28, 29, 42, 43, 90, 91, 365, days,
					days + 1, AssessmentReader.MAX_DURATION_DAYS));
			// Only the weeks the pain has lasted: self-care cannot be older than the
			// pain.
			case SELF_CARE_WEEKS_TRIED -> List.of(0, 1, 2, 3, 4, 5, 6, 8, 12, 52, AssessmentReader.MAX_WEEKS_TRIED)
				.stream()
				.filter((weeks) -> weeks <= CautiousReading.weeksOfPain(input))
				.forEach(answers::add);
		}
		return answers;
	}

	private static AssessmentInput withNotSure(AssessmentInput input, Set<Question> questions, Set<Symptom> symptoms,
			Set<History> history) {
		return new AssessmentInput(input.age(), input.sex(), input.pregnant(), input.pregnancyWeeks(), input.pain(),
				input.function(), input.symptoms(), input.history(), input.selfCare(), input.preferences(),
				new AssessmentInput.NotSure(questions, symptoms, history));
	}

	private static AssessmentInput withCodes(AssessmentInput input, Set<Symptom> symptoms, Set<History> history) {
		return new AssessmentInput(input.age(), input.sex(), input.pregnant(), input.pregnancyWeeks(), input.pain(),
				input.function(), symptoms, history, input.selfCare(), input.preferences(), input.notSure());
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
			Checked<JsonNode> tree = StrictJson.parse(text.getBytes(StandardCharsets.UTF_8),
					StrictJson.MAX_DOCUMENT_BYTES);
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
				input.preferences(), input.notSure());
		assertThat(isAtLeastAsUrgent(level(withMore), level(input))).as("%s then %s", level(input), level(withMore))
			.isTrue();
	}

	private static void aHistoryCodeMoreNeverLowersTheLevel(AssessmentInput input, History extra) {
		Set<History> more = EnumSet.of(extra);
		more.addAll(input.history());
		AssessmentInput withMore = new AssessmentInput(input.age(), input.sex(), input.pregnant(),
				input.pregnancyWeeks(), input.pain(), input.function(), input.symptoms(), more, input.selfCare(),
				input.preferences(), input.notSure());
		assertThat(isAtLeastAsUrgent(level(withMore), level(input))).isTrue();
	}

	private static AssessmentInput withOnset(AssessmentInput input, Onset onset) {
		AssessmentInput.Pain p = input.pain();
		AssessmentInput.Pain pain = new AssessmentInput.Pain(p.intensity(), p.region(), onset, p.durationDays(),
				p.spasmsPerWeek(), p.radiation(), p.legSymptomsDays(), p.worseAtNightOrRest(), p.trauma());
		return new AssessmentInput(input.age(), input.sex(), input.pregnant(), input.pregnancyWeeks(), pain,
				input.function(), input.symptoms(), input.history(), input.selfCare(), input.preferences(),
				input.notSure());
	}

	private static AssessmentInput pregnant(AssessmentInput input, Integer weeks) {
		return new AssessmentInput(input.age(), input.sex(), true, weeks, input.pain(), input.function(),
				input.symptoms(), input.history(), input.selfCare(), input.preferences(), input.notSure());
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
