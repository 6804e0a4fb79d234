package org.backstop.app.assessment;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Component;

import org.backstop.app.system.LatelyUsed;
import org.backstop.core.AssessmentEngine;
import org.backstop.core.AssessmentResult;
import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.AssessmentJson;

/**
 * The results of the answers assessed lately, by their contract JSON, so that the engine
 * runs once per change of answers rather than on every view of the result. The engine is
 * deterministic and this app runs one version of its rules, so a kept result is the
 * result; one that was dropped, or made on another node, is simply assessed again.
 */
@Component
class ResultCache {

	/** Enough for every person answering at once on one node; the oldest go first. */
	private static final int KEPT = 500;

	private final LatelyUsed<String, AssessmentResult> results = new LatelyUsed<>(KEPT);

	private final LongAdder engineRuns = new LongAdder();

	/**
	 * Assesses answers the reader has just read, and keeps the result under their JSON.
	 */
	AssessmentResult assess(String inputJson, AssessmentInput input) {
		AssessmentResult result = run(input);
		this.results.put(inputJson, result);
		return result;
	}

	/**
	 * The result of the answers in this JSON: the kept one, or assessed now; empty when
	 * they do not read.
	 */
	Optional<AssessmentResult> of(String inputJson) {
		AssessmentResult kept = this.results.get(inputJson);
		if (kept != null) {
			return Optional.of(kept);
		}
		return AssessmentJson.readInput(inputJson.getBytes(StandardCharsets.UTF_8))
			.toOptional()
			.map((input) -> assess(inputJson, input));
	}

	/** How many times the engine has run here, to see that pages reuse its results. */
	long engineRuns() {
		return this.engineRuns.sum();
	}

	private AssessmentResult run(AssessmentInput input) {
		this.engineRuns.increment();
		return AssessmentEngine.assess(input);
	}

}
