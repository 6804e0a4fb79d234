package org.backstop.core.careplan;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.knowledge.Source;
import org.backstop.core.selfcare.CareTag;

/**
 * One reason to leave a kind of care out of a plan, or to keep it with a warning.
 *
 * @param code stable snake_case name
 * @param leaveOut {@code true} to leave the item out; {@code false} to keep it with the
 * text as a caution
 * @param tags the kinds of care it concerns: it applies to every item carrying any of
 * them
 * @param condition when it applies, given the person and the item's id
 * @param text why, in plain words
 * @param sources where it comes from
 */
@JsonPropertyOrder({ "code", "text", "source" })
public record Contraindication(String code, @JsonIgnore boolean leaveOut, @JsonIgnore Set<CareTag> tags,
		@JsonIgnore BiPredicate<AssessmentInput, String> condition, String text, @JsonIgnore List<Source> sources) {

	public Contraindication {
		tags = Set.copyOf(tags);
		sources = List.copyOf(sources);
		if (sources.isEmpty()) {
			throw new IllegalArgumentException(code + " cites no source");
		}
	}

	/** Whether it applies to an item with these tags, for this person. */
	public boolean appliesTo(String itemId, Set<CareTag> itemTags, AssessmentInput person) {
		for (CareTag tag : itemTags) {
			if (this.tags.contains(tag)) {
				return this.condition.test(person, itemId);
			}
		}
		return false;
	}

	@JsonProperty("source")
	public String source() {
		return this.sources.stream().map(Source::shortName).collect(Collectors.joining("; "));
	}

}
