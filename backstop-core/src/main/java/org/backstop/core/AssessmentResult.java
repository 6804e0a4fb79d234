package org.backstop.core;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.backstop.core.assessment.NotSureAnswer;
import org.backstop.core.careplan.CarePlan;
import org.backstop.core.severity.SeverityResult;
import org.backstop.core.triage.TriageResult;

/**
 * The answer to one assessment (version 1 of the contract). Later versions add fields;
 * they never rename or remove these.
 *
 * @param engineVersion version of the rules that produced it
 * @param triage how soon to get care, and why
 * @param severity how bad the spasm is, and why
 * @param plan the personal self-care plan
 * @param notSure how each answer given as "not sure" was read; left out when there are
 * none
 */
@JsonPropertyOrder({ "engineVersion", "triage", "severity", "plan", "notSure" })
public record AssessmentResult(String engineVersion, TriageResult triage, SeverityResult severity, CarePlan plan,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<NotSureAnswer> notSure) {

	public AssessmentResult {
		notSure = (notSure != null) ? List.copyOf(notSure) : List.of();
	}

}
