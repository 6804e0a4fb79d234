package org.backstop.core.medicine;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.backstop.core.careplan.Contraindication;
import org.backstop.core.knowledge.Source;

/**
 * Something a person should know before taking a medicine, with where it comes from.
 *
 * @param code stable snake_case name
 * @param text what it means, in plain words
 * @param source the sources, by short name
 */
@JsonPropertyOrder({ "code", "text", "source" })
public record DoseWarning(String code, String text, String source) {

	static DoseWarning of(String code, String text, List<Source> sources) {
		return new DoseWarning(code, text, sources.stream().map(Source::shortName).collect(Collectors.joining("; ")));
	}

	static DoseWarning of(Contraindication rule) {
		return new DoseWarning(rule.code(), rule.text(), rule.source());
	}

}
