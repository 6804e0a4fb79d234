package org.backstop.core.progress;

import java.util.List;

import org.backstop.core.AssessmentEngine;
import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.knowledge.Source;
import org.backstop.core.triage.TriageResult;
import org.backstop.core.triage.TriageRule;
import org.backstop.core.triage.TriageRules;

/**
 * The one place where progress calls the assessment engine and reads the triage rules, so
 * that a move of those classes changes only the imports here.
 */
final class Retriage {

	/**
	 * The self-care period: the triage's own (four weeks; ACP 2017, NG59), so that the
	 * diary and the assessment agree. The reference also says "about two to four weeks";
	 * worsening is caught sooner by its own rule.
	 */
	static final int SELF_CARE_DAYS = TriageRules.SELF_CARE_WEEKS * 7;

	private Retriage() {
	}

	/**
	 * The triage for an input, by the same engine and the same cautious reading of "not
	 * sure" answers as an assessment.
	 */
	static TriageResult triage(AssessmentInput input) {
		return AssessmentEngine.assess(input).triage();
	}

	/** The sources of a triage rule, by its code. */
	static List<Source> sourcesOf(String ruleCode) {
		return TriageRules.ALL.stream()
			.filter((rule) -> rule.code().equals(ruleCode))
			.map(TriageRule::sources)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no triage rule " + ruleCode));
	}

}
