package org.backstop.core.triage;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.backstop.core.knowledge.Source;

/**
 * A triage rule as published for audit, without its code-level condition.
 *
 * @param code the rule's code
 * @param level the level it asks for
 * @param group the condition group it belongs to
 * @param criteria when it fires, in words
 * @param text what the person is told
 * @param sources where it comes from
 * @param supersededBy more urgent rules that, when they fire too, make this one redundant
 * @param fallback whether it is a safety net listed only when nothing at its level or
 * above fired
 */
@JsonPropertyOrder({ "code", "level", "group", "criteria", "text", "sources", "supersededBy", "fallback" })
public record RuleDescription(String code, TriageLevel level, String group, String criteria, String text,
		List<SourceReference> sources, List<String> supersededBy, boolean fallback) {

	/** Every rule of {@link TriageRules}, in order, most urgent first. */
	public static List<RuleDescription> all() {
		return TriageRules.ALL.stream().map(RuleDescription::of).toList();
	}

	static RuleDescription of(TriageRule rule) {
		return new RuleDescription(rule.code(), rule.level(), rule.group(), rule.criteria(), rule.text(),
				rule.sources().stream().map(SourceReference::of).toList(),
				rule.supersededBy().stream().sorted().toList(), rule.fallback());
	}

	/**
	 * A cited source.
	 *
	 * @param shortName the name used in results
	 * @param citation the full reference
	 * @param url where to read it, when there is a stable address
	 * @param checked when the citation was last checked against the clinical reference
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "shortName", "citation", "url", "checked" })
	public record SourceReference(String shortName, String citation, String url, LocalDate checked) {

		static SourceReference of(Source source) {
			return new SourceReference(source.shortName(), source.citation(), source.url(), source.checked());
		}

	}

}
