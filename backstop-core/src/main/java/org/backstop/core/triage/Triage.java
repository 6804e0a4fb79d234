package org.backstop.core.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.backstop.core.assessment.AssessmentInput;

/**
 * Runs every rule of {@link TriageRules} over an assessment. The most urgent rule that
 * fired decides the level; every rule that fired is listed, except one that a more urgent
 * rule makes redundant.
 */
public final class Triage {

	private Triage() {
	}

	public static TriageResult evaluate(AssessmentInput input) {
		return evaluate(input, TriageRules.ALL);
	}

	static TriageResult evaluate(AssessmentInput input, List<TriageRule> rules) {
		List<TriageRule> fired = new ArrayList<>();
		Set<String> firedCodes = new HashSet<>();
		TriageLevel level = TriageLevel.SELF_CARE;
		for (TriageRule rule : rules) {
			if (rule.firesFor(input)) {
				fired.add(rule);
				firedCodes.add(rule.code());
				level = TriageLevel.mostUrgent(level, rule.level());
			}
		}
		List<TriageReason> reasons = new ArrayList<>(fired.size());
		for (TriageRule rule : fired) {
			if (isListed(rule, fired, firedCodes)) {
				reasons.add(TriageReason.of(rule));
			}
		}
		reasons.sort(Comparator.comparing(TriageReason::level));
		return new TriageResult(level, level.headline(), reasons, SafetyNet.watchFor(input),
				NeurologicalExamination.relevantTo(input));
	}

	private static boolean isListed(TriageRule rule, List<TriageRule> fired, Set<String> firedCodes) {
		for (String moreUrgent : rule.supersededBy()) {
			if (firedCodes.contains(moreUrgent)) {
				return false;
			}
		}
		if (rule.fallback()) {
			for (TriageRule other : fired) {
				if (!other.fallback() && !rule.level().isMoreUrgentThan(other.level())) {
					return false;
				}
			}
		}
		return true;
	}

}
