package org.backstop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backstop.core.testing.Person.adult;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.backstop.core.assessment.AssessmentJson;
import org.backstop.core.assessment.Symptom;

/**
 * The result's JSON is the contract's: codes, not Java names, and the promised fields.
 */
class AssessmentResultJsonTest {

	@Test
	void theResultHasTheContractsShape() {
		AssessmentResult result = AssessmentEngine
			.assess(adult().pain(8).worseAtNightOrRest(false).with(Symptom.FEVER).build());
		JsonNode json = AssessmentJson.mapper().valueToTree(result);
		assertThat(json.get("engineVersion").stringValue()).isEqualTo(AssessmentEngine.VERSION);
		JsonNode triage = json.get("triage");
		assertThat(triage.get("level").stringValue()).isEqualTo("consultation_24");
		assertThat(triage.get("headline").stringValue()).isEqualTo("See a doctor within 24 hours");
		JsonNode reason = triage.get("reasons").get(0);
		assertThat(reason.get("code").stringValue()).isEqualTo("possible_spinal_infection");
		assertThat(reason.get("level").stringValue()).isEqualTo("consultation_24");
		assertThat(reason.get("text").stringValue()).isNotBlank();
		assertThat(reason.get("source").stringValue()).contains("NICE CKS");
		assertThat(triage.get("watchFor").isArray()).isTrue();
		assertThat(triage.has("neurologicalExamination")).isFalse();
		assertThat(json.get("severity").get("level").stringValue()).isEqualTo("severe");
		assertThat(json.get("severity").get("factors").isArray()).isTrue();
	}

	@Test
	void theInputWritesOnlyWhatWasGivenInItsCodes() {
		JsonNode json = AssessmentJson.mapper().valueToTree(adult().build());
		assertThat(json.get("sex").stringValue()).isEqualTo("female");
		assertThat(json.get("pain").get("region").stringValue()).isEqualTo("lower_back");
		assertThat(json.get("pain").has("worseAtNightOrRest")).isFalse();
		assertThat(json.get("pain").has("trauma")).isFalse();
		assertThat(json.has("pregnancyWeeks")).isFalse();
	}

}
