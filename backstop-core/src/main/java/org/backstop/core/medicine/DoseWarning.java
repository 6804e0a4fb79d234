package org.backstop.core.medicine;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.backstop.core.careplan.Contraindication;
import org.backstop.core.knowledge.Source;
import org.backstop.core.problem.CodedText;

/**
 * Something a person should know before taking a medicine, with where it comes from.
 *
 * @param code stable snake_case name
 * @param wording what it means, with a code and arguments for other languages
 * @param source the sources, by short name
 */
@JsonPropertyOrder({ "code", "text", "source" })
public record DoseWarning(String code, @JsonIgnore CodedText wording, String source) {

	static DoseWarning of(String code, CodedText wording, List<Source> sources) {
		return new DoseWarning(code, wording,
				sources.stream().map(Source::shortName).collect(Collectors.joining("; ")));
	}

	static DoseWarning of(Contraindication rule) {
		return new DoseWarning(rule.code(), DoseGuard.wordingOf(rule), rule.source());
	}

	/** What it means, in plain English words. */
	@JsonProperty("text")
	public String text() {
		return this.wording.english();
	}

}
