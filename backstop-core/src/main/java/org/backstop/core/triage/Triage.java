package org.backstop.core.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backstop.core.assessment.AssessmentInput;

/**
 * Runs every rule of {@link TriageRules} over an assessment. The most urgent rule that
 * fired decides the level; every rule that fired is listed, most urgent first, except one
 * that a more urgent rule makes redundant, and a self-care reason when the level asks for
 * care.
 */
public final class Triage {

	private static final List<TriageRule> RULES = TriageRules.ALL;

	/** What each rule tells the person, built once: results share these. */
	private static final TriageReason[] REASONS = RULES.stream().map(TriageReason::of).toArray(TriageReason[]::new);

	private static final Map<String, Integer> INDEX = new HashMap<>();

	static {
		for (int i = 0; i < RULES.size(); i++) {
			INDEX.put(RULES.get(i).code(), i);
			if (i > 0 && RULES.get(i).level().isMoreUrgentThan(RULES.get(i - 1).level())) {
				// Listing in rule order is listing most urgent first only while this
				// holds.
				throw new IllegalStateException(
						"triage rules must be listed most urgent first: " + RULES.get(i).code());
			}
		}
	}

	private Triage() {
	}

	public static TriageResult evaluate(AssessmentInput input) {
		int count = RULES.size();
		boolean[] fired = new boolean[count];
		int firedCount = 0;
		TriageLevel level = TriageLevel.SELF_CARE;
		for (int i = 0; i < count; i++) {
			TriageRule rule = RULES.get(i);
			if (rule.firesFor(input)) {
				fired[i] = true;
				firedCount++;
				level = TriageLevel.mostUrgent(level, rule.level());
			}
		}
		List<TriageReason> reasons = (firedCount == 0) ? List.of() : new ArrayList<>(firedCount);
		for (int i = 0; i < count && firedCount > 0; i++) {
			if (fired[i] && isListed(RULES.get(i), fired, level)) {
				reasons.add(REASONS[i]);
			}
		}
		return new TriageResult(level, level.headline(), reasons, SafetyNet.watchFor(input),
				NeurologicalExamination.relevantTo(input));
	}

	private static boolean isListed(TriageRule rule, boolean[] fired, TriageLevel decided) {
		// A self-care reason ("this usually settles") would contradict a call for care.
		if (rule.level() == TriageLevel.SELF_CARE && decided != TriageLevel.SELF_CARE) {
			return false;
		}
		for (String moreUrgent : rule.supersededBy()) {
			if (fired[INDEX.get(moreUrgent)]) {
				return false;
			}
		}
		if (rule.fallback()) {
			for (int i = 0; i < fired.length; i++) {
				TriageRule other = RULES.get(i);
				if (fired[i] && !other.fallback() && !rule.level().isMoreUrgentThan(other.level())) {
					return false;
				}
			}
		}
		return true;
	}

}
