package org.backstop.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.AssessmentJson;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.NotSureAnswer;
import org.backstop.core.assessment.Onset;
import org.backstop.core.assessment.Question;
import org.backstop.core.assessment.Radiation;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.testing.Person;
import org.backstop.core.triage.TriageLevel;

/**
 * Answers given as "not sure" are read as the most urgent known answer, and the result
 * says how each was read.
 */
class NotSureTest {

	@Test
	void aSignThePersonIsNotSureOfIsReadAsPresentAndSaidSo() {
		AssessmentResult result = AssessmentEngine
			.assess(new Person().radiation(Radiation.BELOW_KNEE).notSureOf(Symptom.SADDLE_NUMBNESS).build());
		assertThat(result.triage().level()).isEqualTo(TriageLevel.EMERGENCY);
		assertThat(result.notSure()).containsExactly(new NotSureAnswer("symptoms.saddle_numbness", "present"));
	}

	@Test
	void aNotSureThatLeavesTheLevelAloneIsStillReadAsTheMoreSeriousAnswer() {
		AssessmentResult result = AssessmentEngine.assess(new Person().age(30).notSure(Question.ONSET).build());
		assertThat(result.triage().level()).isEqualTo(TriageLevel.SELF_CARE);
		assertThat(result.notSure()).containsExactly(new NotSureAnswer("pain.onset", Onset.SUDDEN));
	}

	@Test
	void notSureOfAPregnancyLeavesOutOfThePlanWhatAPregnancyRulesOut() {
		AssessmentResult result = AssessmentEngine.assess(new Person().age(30).notSure(Question.PREGNANT).build());
		assertThat(result.notSure()).containsExactly(new NotSureAnswer("pregnant", true));
		assertThat(result.plan().excluded()).anyMatch((item) -> item.id().equals("ibuprofen"))
			.anyMatch((item) -> item.id().equals("naproxen"));
	}

	@Test
	void whereThePainSpreadsNotKnownIsReadAsBothLegsWhenThatIsMoreUrgent() {
		AssessmentResult result = AssessmentEngine.assess(new Person().notSure(Question.RADIATION).build());
		assertThat(result.triage().level()).isEqualTo(TriageLevel.EMERGENCY);
		assertThat(result.notSure()).containsExactly(new NotSureAnswer("pain.radiation", Radiation.BOTH_LEGS));
	}

	@Test
	void thePlanFollowsTheSameReading() {
		AssessmentResult result = AssessmentEngine
			.assess(new Person().age(30).notSureOfHistory(History.STOMACH_ULCER).build());
		assertThat(result.plan().excluded()).anyMatch((item) -> item.id().equals("ibuprofen"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "[]", "[\"contractions\"]", "[\"vaginal_bleeding\", \"abdominal_pain\"]" })
	void aPregnancyWeekLeftOutIsSaidToBeReadAsLateWithTheLevelAndPlanOfWeek45(String symptoms) {
		String person = "{\"age\":30,\"sex\":\"female\",\"pregnant\":true,%s\"symptoms\":" + symptoms
				+ ",\"pain\":{\"intensity\":6,\"region\":\"lower_back\",\"durationDays\":2}}";
		AssessmentResult blank = assess(person.formatted(""));
		AssessmentResult late = assess(person.formatted("\"pregnancyWeeks\":45,"));
		assertThat(blank.notSure())
			.containsExactly(new NotSureAnswer("pregnancyWeeks", AssessmentInput.LATEST_PREGNANCY_WEEK));
		assertThat(late.notSure()).isEmpty();
		JsonMapper mapper = AssessmentJson.mapper();
		assertThat(mapper.<JsonNode>valueToTree(blank.triage())).isEqualTo(mapper.valueToTree(late.triage()));
		assertThat(mapper.<JsonNode>valueToTree(blank.severity())).isEqualTo(mapper.valueToTree(late.severity()));
		assertThat(mapper.<JsonNode>valueToTree(blank.plan())).isEqualTo(mapper.valueToTree(late.plan()));
	}

	private static AssessmentResult assess(String json) {
		return AssessmentEngine.assess(AssessmentJson.mapper().readTree(json)).value();
	}

	@Test
	void theResultNamesEachReadingInJsonAndLeavesTheListOutWhenThereIsNone() {
		JsonNode withNotSure = AssessmentJson.mapper()
			.valueToTree(AssessmentEngine.assess(new Person().notSure(Question.WORSE_AT_NIGHT_OR_REST).build()));
		assertThat(withNotSure.path("notSure").get(0).path("answer").stringValue())
			.isEqualTo("pain.worseAtNightOrRest");
		assertThat(withNotSure.path("notSure").get(0).path("readAs").isBoolean()).isTrue();
		JsonNode without = AssessmentJson.mapper().valueToTree(AssessmentEngine.assess(new Person().build()));
		assertThat(without.has("notSure")).isFalse();
	}

}
