package org.backstop.core.selfcare;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.backstop.core.knowledge.Source;

/**
 * Why an item is in the plan: the evidence grade, what it means in words, and where it
 * comes from.
 *
 * @param grade how strong the evidence is
 * @param summary what the evidence says, plainly, weak where it is weak
 * @param sources where it comes from
 */
@JsonPropertyOrder({ "grade", "summary", "source" })
public record Evidence(EvidenceGrade grade, String summary, @JsonIgnore List<Source> sources) {

	public Evidence {
		sources = List.copyOf(sources);
		if (sources.isEmpty()) {
			throw new IllegalArgumentException("evidence without a source: " + summary);
		}
	}

	public static Evidence of(EvidenceGrade grade, String summary, Source... sources) {
		return new Evidence(grade, summary, List.of(sources));
	}

	/** The sources' short names, as results show them. */
	@JsonProperty("source")
	public String source() {
		return this.sources.stream().map(Source::shortName).collect(Collectors.joining("; "));
	}

}
