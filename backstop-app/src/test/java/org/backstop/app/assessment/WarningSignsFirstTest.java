package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.backstop.core.AssessmentEngine;
import org.backstop.core.AssessmentResult;
import org.backstop.core.problem.Checked;
import org.backstop.core.triage.TriageLevel;

/**
 * The wizard's first steps end it at a "yes": this holds only if each sign they ask
 * decides its level whatever the other answers are. The engine says so here, for every
 * sign and for "not sure" about a whole group, over ages, sexes, regions, pain scores and
 * durations, and with the plainest answers the wizard puts in for what it has not asked.
 * No level is written into the wizard: the result shown is the engine's.
 */
class WarningSignsFirstTest {

	private static final Map<WizardStep, TriageLevel> AT_LEAST = Map.of(WizardStep.URGENT_SIGNS,
			TriageLevel.EMERGENCY_AMBULANCE, WizardStep.EMERGENCY_SIGNS, TriageLevel.EMERGENCY);

	@Test
	void eachSignOfTheFirstStepsDecidesItsLevelWhateverElseIsTrue() {
		assertThat(WizardStep.signSteps()).containsExactly(WizardStep.URGENT_SIGNS, WizardStep.EMERGENCY_SIGNS);
		int checked = 0;
		for (WizardStep step : WizardStep.signSteps()) {
			List<String> answers = new ArrayList<>(step.signs().codes());
			answers.add(WizardField.NOT_SURE);
			// "Not sure" about one sign, asked one by one, gives its level too.
			step.signs().codes().forEach((code) -> answers.add(WizardField.notSureOf(code)));
			for (String answer : answers) {
				for (int age : new int[] { 4, 15, 30, 54, 75, 100 }) {
					for (String sex : new String[] { "female", "male", "other" }) {
						for (String region : new String[] { "neck", "upper_back", "mid_back", "lower_back" }) {
							for (int intensity : new int[] { 0, 6, 10 }) {
								for (int days : new int[] { 0, 50, 400 }) {
									TriageLevel level = levelOf(step, answer, Map.of("age", age, "sex", sex, "region",
											region, "intensity", intensity, "days", days));
									assertThat(
											level.isMoreUrgentThan(AT_LEAST.get(step)) || level == AT_LEAST.get(step))
										.as("%s %s at %d, %s, %s, pain %d, %d days: %s", step, answer, age, sex, region,
												intensity, days, level)
										.isTrue();
									checked++;
								}
							}
						}
					}
				}
			}
		}
		assertThat(checked).isGreaterThan(1000);
	}

	@Test
	void theAnswersPutInForWhatWasNotAskedSetOffNoRuleOfTheirOwn() {
		WizardAnswers nothing = WizardAnswers.of(null);
		ObjectNode json = nothing.toJsonAtAWarningSign();
		Checked<AssessmentResult> result = AssessmentEngine.assess(json);
		assertThat(result.violations()).isEmpty();
		assertThat(result.value().triage().level()).isEqualTo(TriageLevel.SELF_CARE);
		assertThat(result.value().triage().reasons()).isEmpty();
		// With a sign, the level is the sign's.
		for (WizardStep step : WizardStep.signSteps()) {
			for (String code : step.signs().codes()) {
				WizardAnswers answers = WizardAnswers.of(null);
				answers.replace(step, Map.of(step.signs().name(), new String[] { code }));
				TriageLevel level = AssessmentEngine.assess(answers.toJsonAtAWarningSign()).value().triage().level();
				assertThat(level == AT_LEAST.get(step) || level.isMoreUrgentThan(AT_LEAST.get(step))).as(code).isTrue();
			}
		}
	}

	private static TriageLevel levelOf(WizardStep step, String answer, Map<String, Object> person) {
		WizardAnswers answers = WizardAnswers.of(null);
		answers.replace(step, Map.of(step.signs().name(), new String[] { answer }));
		Map<String, String[]> pain = new LinkedHashMap<>();
		pain.put("pain.region", new String[] { (String) person.get("region") });
		pain.put("pain.intensity", new String[] { person.get("intensity").toString() });
		pain.put("pain.durationDays", new String[] { person.get("days").toString() });
		pain.put("age", new String[] { person.get("age").toString() });
		pain.put("sex", new String[] { (String) person.get("sex") });
		answers.replace(WizardStep.THE_PAIN, pain);
		Checked<AssessmentResult> result = AssessmentEngine.assess(answers.toJson());
		assertThat(result.violations()).as(person.toString()).isEmpty();
		return result.value().triage().level();
	}

}
