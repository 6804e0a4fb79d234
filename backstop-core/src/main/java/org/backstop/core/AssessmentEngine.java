package org.backstop.core;

import tools.jackson.databind.JsonNode;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.AssessmentReader;
import org.backstop.core.careplan.CarePlanner;
import org.backstop.core.problem.Checked;
import org.backstop.core.severity.SeverityGrader;
import org.backstop.core.severity.SeverityResult;
import org.backstop.core.triage.TriageResult;

/**
 * Validates, grades and triages one assessment, and fits a self-care plan to it.
 * Deterministic and free of I/O: the same input always gives the same result.
 */
public final class AssessmentEngine {

	/** Version of the rules; it changes whenever a rule or a text changes. */
	public static final String VERSION = "1.0.0";

	private AssessmentEngine() {
	}

	/**
	 * Assesses one input. Answers given as "not sure" are read the cautious way (see
	 * {@link CautiousReading}), and the severity and the plan follow the same reading.
	 */
	public static AssessmentResult assess(AssessmentInput input) {
		CautiousReading.Reading reading = CautiousReading.of(input);
		TriageResult triage = reading.triage();
		SeverityResult severity = SeverityGrader.grade(reading.input());
		return new AssessmentResult(VERSION, triage, severity, CarePlanner.plan(reading.input(), triage, severity),
				reading.notSure());
	}

	/** Reads, then assesses, one assessment from a JSON tree; paths start at the root. */
	public static Checked<AssessmentResult> assess(JsonNode json) {
		return assess(json, "");
	}

	/** As {@link #assess(JsonNode)}, with field paths starting with {@code prefix}. */
	public static Checked<AssessmentResult> assess(JsonNode json, String prefix) {
		Checked<AssessmentInput> input = AssessmentReader.read(json, prefix);
		return input.isValid() ? Checked.valid(assess(input.value())) : Checked.invalid(input.violations());
	}

}
