package org.backstop.core.triage;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.knowledge.Source;

/**
 * One red-flag or safety rule: when it fires, the level it asks for, what it tells the
 * person, and where that comes from.
 *
 * @param code stable snake_case name of the rule
 * @param level the level this rule asks for when it fires
 * @param group the condition group from the clinical reference it belongs to
 * @param criteria when it fires, in words, so anyone can audit it
 * @param text what the person is told, in plain words
 * @param sources where the rule comes from
 * @param supersededBy codes of more urgent rules that make this one redundant: when one
 * of them fires too, this one is not listed
 * @param fallback a safety net rule, listed only when no other rule at its level or above
 * fired
 * @param condition the test itself
 */
public record TriageRule(String code, TriageLevel level, String group, String criteria, String text,
		List<Source> sources, Set<String> supersededBy, boolean fallback, Predicate<AssessmentInput> condition) {

	public TriageRule {
		sources = List.copyOf(sources);
		supersededBy = Set.copyOf(supersededBy);
		if (sources.isEmpty()) {
			throw new IllegalArgumentException("rule " + code + " cites no source");
		}
	}

	static TriageRule rule(String code, TriageLevel level, String group, String criteria,
			Predicate<AssessmentInput> condition, String text, Source... sources) {
		return new TriageRule(code, level, group, criteria, text, List.of(sources), Set.of(), false, condition);
	}

	/** This rule, not listed when any of the given more urgent rules fires as well. */
	TriageRule unless(String... moreUrgentRules) {
		return new TriageRule(this.code, this.level, this.group, this.criteria, this.text, this.sources,
				Set.of(moreUrgentRules), this.fallback, this.condition);
	}

	/**
	 * This rule as a safety net: listed only when nothing else at its level or above
	 * fired.
	 */
	TriageRule asFallback() {
		return new TriageRule(this.code, this.level, this.group, this.criteria, this.text, this.sources,
				this.supersededBy, true, this.condition);
	}

	public boolean firesFor(AssessmentInput input) {
		return this.condition.test(input);
	}

	/** The sources' short names as one line; {@link Source} holds the full citations. */
	public String sourceText() {
		return this.sources.stream().map(Source::shortName).collect(Collectors.joining("; "));
	}

}
