package org.backstop.core.triage;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A rule that fired, as the person sees it.
 *
 * @param code the rule's code
 * @param level the level the rule asks for
 * @param text what it means, in plain words
 * @param source where the rule comes from, by short name
 */
@JsonPropertyOrder({ "code", "level", "text", "source" })
public record TriageReason(String code, TriageLevel level, String text, String source) {

	static TriageReason of(TriageRule rule) {
		return new TriageReason(rule.code(), rule.level(), rule.text(), rule.sourceText());
	}

}
