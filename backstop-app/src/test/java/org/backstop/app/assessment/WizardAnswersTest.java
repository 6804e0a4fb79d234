package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.backstop.core.AssessmentEngine;
import org.backstop.core.AssessmentResult;
import org.backstop.core.assessment.AssessmentJson;
import org.backstop.core.problem.Checked;
import org.backstop.core.triage.TriageLevel;

/**
 * The wizard's forms become exactly the contract's JSON: "not sure" goes in as
 * {@code "not_sure"} for a code, a yes/no and a number, and as the
 * {@code symptomsNotSure} and {@code historyNotSure} lists for signs and conditions.
 */
class WizardAnswersTest {

	/** Answers every step with these forms, as the session keeps them. */
	private static WizardAnswers answer(List<Map<String, List<String>>> steps) {
		WizardAnswers answers = WizardAnswers.of(null);
		for (int i = 0; i < steps.size(); i++) {
			Map<String, String[]> form = new LinkedHashMap<>();
			steps.get(i).forEach((name, values) -> form.put(name, values.toArray(String[]::new)));
			answers.replace(WizardStep.number(i + 1), form);
		}
		return answers;
	}

	private static ObjectNode json(List<Map<String, List<String>>> steps) {
		return answer(steps).toJson();
	}

	@Test
	void everyNotSureRadioAndBoxGoesInAsNotSure() {
		ObjectNode json = json(List.of(WizardWalk.form("urgentSigns", "none"),
				WizardWalk.form("emergencySigns", "none"),
				WizardWalk.form("pain.region", "lower_back", "pain.intensity", "5", "pain.durationDays", "3", "age",
						"30", "sex", "female"),
				WizardWalk.form("pain.radiation", "not_sure", "pain.legSymptomsDays", "not_sure", "function.mobility",
						"not_sure", "pain.onset", "not_sure", "pain.worseAtNightOrRest", "not_sure", "pain.trauma",
						"not_sure", "selfCare.weeksTried", "not_sure", "selfCare.improving", "not_sure",
						"symptomsNotSure", "fever", "pregnant", "not_sure", "historyNotSure", "cancer")));
		JsonNode expected = AssessmentJson.mapper().readTree("""
				{"pain": {"region": "lower_back", "radiation": "not_sure", "legSymptomsDays": "not_sure",
				  "intensity": 5, "onset": "not_sure", "durationDays": 3, "worseAtNightOrRest": "not_sure",
				  "trauma": "not_sure"},
				 "function": {"mobility": "not_sure"},
				 "selfCare": {"weeksTried": "not_sure", "improving": "not_sure"},
				 "symptomsNotSure": ["fever"],
				 "age": 30, "sex": "female", "pregnant": "not_sure", "historyNotSure": ["cancer"]}
				""");
		assertThat(json).isEqualTo(expected);
		Checked<AssessmentResult> checked = AssessmentEngine.assess(json);
		assertThat(checked.violations()).isEmpty();
		assertThat(checked.value().notSure()).hasSize(11);
	}

	@Test
	void aSignOfTheFirstStepsGoesIntoTheContractsLists() {
		List<Map<String, List<String>>> steps = new java.util.ArrayList<>(WizardWalk.selfCare());
		steps.set(0, WizardWalk.form("urgentSigns", "fainting"));
		steps.set(1, WizardWalk.form("emergencySigns", "not_sure"));
		ObjectNode json = json(steps);
		assertThat(json.get("symptoms").toString()).isEqualTo("[\"fainting\"]");
		assertThat(json.get("symptomsNotSure")).hasSize(WizardStep.EMERGENCY_SIGNS.signs().codes().size());
		assertThat(AssessmentEngine.assess(json).value().triage().level()).isEqualTo(TriageLevel.EMERGENCY_AMBULANCE);
		// "No" adds nothing.
		assertThat(json(WizardWalk.selfCare()).has("symptoms")).isFalse();
	}

	@Test
	void notSureAboutOneSignAskedOneByOneIsThatSignAloneReadAsPresent() {
		List<Map<String, List<String>>> steps = new java.util.ArrayList<>(WizardWalk.selfCare());
		steps.set(1, WizardWalk.form("emergencySigns", "not_sure:saddle_numbness"));
		ObjectNode json = json(steps);
		assertThat(json.get("symptomsNotSure").toString()).isEqualTo("[\"saddle_numbness\"]");
		assertThat(json.has("symptoms")).isFalse();
		Checked<AssessmentResult> checked = AssessmentEngine.assess(json);
		assertThat(checked.value().triage().level()).isEqualTo(TriageLevel.EMERGENCY);
		assertThat(checked.value().notSure()).hasSize(1);
		// A code the group does not hold is a choice the form never offered.
		assertThat(WizardStep.EMERGENCY_SIGNS.signs().choices()).contains("not_sure:saddle_numbness")
			.doesNotContain("not_sure:chest_pain");
	}

	@Test
	void anExactNumberOfDaysWinsOverTheQuickChoiceAndAPregnancyAnswerThatCannotApplyStaysOut() {
		List<Map<String, List<String>>> steps = new java.util.ArrayList<>(WizardWalk.selfCare());
		steps.set(2, WizardWalk.form("pain.region", "neck", "pain.intensity", "2", "pain.durationDays", "4",
				"durationExact", "6", "age", "60", "sex", "female"));
		steps.set(3, WizardWalk.form("symptomsNone", "true", "pregnant", "true", "pregnancyWeeks", "20"));
		ObjectNode json = json(steps);
		assertThat(json.at("/pain/durationDays").intValue()).isEqualTo(6);
		assertThat(json.has("durationExact")).isFalse();
		assertThat(json.has("pregnant")).isFalse();
		assertThat(json.has("pregnancyWeeks")).isFalse();
	}

	@Test
	void knownAnswersStayAsTheyWere() {
		ObjectNode json = json(WizardWalk.selfCare());
		assertThat(json.at("/pain/worseAtNightOrRest").isBoolean()).isTrue();
		assertThat(json.at("/pain/durationDays").isInt()).isTrue();
		assertThat(json.has("symptoms")).isFalse();
		assertThat(json.has("symptomsNotSure")).isFalse();
		assertThat(json.has("historyNotSure")).isFalse();
		assertThat(AssessmentEngine.assess(json).value().notSure()).isEmpty();
	}

	@Test
	void aSignTickedAsHadAndAsNotSureCountsAsHad() {
		List<Map<String, List<String>>> steps = new java.util.ArrayList<>(WizardWalk.selfCare());
		steps.set(3, WizardWalk.form("symptoms", "saddle_numbness", "symptomsNotSure", "saddle_numbness",
				"symptomsNotSure", "fever", "history", "cancer", "historyNotSure", "cancer"));
		ObjectNode json = json(steps);
		assertThat(json.get("symptoms").toString()).isEqualTo("[\"saddle_numbness\"]");
		assertThat(json.get("symptomsNotSure").toString()).isEqualTo("[\"fever\"]");
		assertThat(json.get("history").toString()).isEqualTo("[\"cancer\"]");
		// Nothing is left to be not sure about: the list stays out.
		assertThat(json.has("historyNotSure")).isFalse();
		assertThat(AssessmentEngine.assess(json).value().triage().level()).isEqualTo(TriageLevel.EMERGENCY);
	}

	@Test
	void aNumbersNotSureBoxWinsOverWhatIsTypedBesideIt() {
		List<Map<String, List<String>>> steps = new java.util.ArrayList<>(WizardWalk.selfCare());
		steps.set(3, WizardWalk.form("symptomsNone", "true", "pain.trauma", "none", "selfCare.weeksTried", "6",
				"selfCare.weeksTried", "not_sure"));
		WizardAnswers answers = answer(steps);
		assertThat(answers.toJson().at("/selfCare/weeksTried").stringValue()).isEqualTo("not_sure");
		// The box still shows what was typed, for Back and for errors.
		assertThat(answers.typed("selfCare.weeksTried")).isEqualTo("6");
	}

	@Test
	void weeksOfPregnancyCountOnlyWithAYes() {
		List<Map<String, List<String>>> steps = new java.util.ArrayList<>(WizardWalk.selfCare());
		steps.set(2, WizardWalk.form("pain.region", "neck", "pain.intensity", "2", "pain.durationDays", "4", "age",
				"30", "sex", "female"));
		steps.set(3, WizardWalk.form("symptomsNone", "true", "pregnant", "true", "pregnancyWeeks", "not_sure"));
		assertThat(json(steps).get("pregnancyWeeks").stringValue()).isEqualTo("not_sure");
		steps.set(3, WizardWalk.form("symptomsNone", "true", "pregnant", "not_sure", "pregnancyWeeks", "20"));
		ObjectNode unsure = json(steps);
		assertThat(unsure.has("pregnancyWeeks")).isFalse();
		assertThat(AssessmentEngine.assess(unsure).violations()).isEmpty();
	}

	@Test
	void aYesNoAnswerThatIsNeitherIsNamedByTheCore() {
		List<Map<String, List<String>>> steps = new java.util.ArrayList<>(WizardWalk.selfCare());
		steps.set(3, WizardWalk.form("symptomsNone", "true", "pain.trauma", "none", "selfCare.improving", "maybe"));
		ObjectNode json = json(steps);
		assertThat(json.at("/selfCare/improving").stringValue()).isEqualTo("maybe");
		assertThat(WizardController.problemsOfAll(answer(steps))).containsKey("selfCare.improving");
	}

}
