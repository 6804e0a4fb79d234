package org.backstop.core.triage;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The triage answer: how soon to get care, why, and what to watch for.
 *
 * @param level the most urgent level asked for by any rule that fired, or
 * {@code self_care} when none did
 * @param headline what to do, in a few plain words
 * @param reasons every rule that fired, most urgent first
 * @param watchFor warning signs that should make the person seek care, and how soon
 * @param neurologicalExamination what a clinician's examination of the nerves checks and
 * what the person can notice themselves; present when leg or bladder symptoms are
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "level", "headline", "reasons", "watchFor", "neurologicalExamination" })
public record TriageResult(TriageLevel level, String headline, List<TriageReason> reasons, List<String> watchFor,
		NeurologicalExamination neurologicalExamination) {

	public TriageResult {
		reasons = List.copyOf(reasons);
		watchFor = List.copyOf(watchFor);
	}

}
