package org.backstop.core.exercise;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.backstop.core.assessment.Equipment;
import org.backstop.core.selfcare.CareTag;
import org.backstop.core.selfcare.Dose;
import org.backstop.core.selfcare.Evidence;

/**
 * One exercise or stretch of the library.
 *
 * @param id stable snake_case name, such as {@code cat_cow}
 * @param name its name
 * @param category what kind of exercise it is
 * @param suitableWhenAcute whether it suits the first days of a spasm
 * @param steps how to do it, step by step, in plain words
 * @param dose how much and how often
 * @param progression how to make it harder once it is easy
 * @param cautions when to take care or stop
 * @param tags what it asks of the body, for contraindications ({@link CareTag#EXERCISE}
 * always among them)
 * @param equipment what it needs, or {@code null} when nothing
 * @param illustration the drawing of it
 * @param why the evidence for it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "id", "name", "category", "suitableWhenAcute", "steps", "dose", "progression", "cautions",
		"contraindicationTags", "equipment", "illustration", "why" })
public record Exercise(String id, String name, ExerciseCategory category, boolean suitableWhenAcute, List<String> steps,
		Dose dose, String progression, List<String> cautions, @JsonIgnore Set<CareTag> tags, Equipment equipment,
		Illustration illustration, Evidence why) {

	public Exercise {
		steps = List.copyOf(steps);
		cautions = List.copyOf(cautions);
		tags = Set.copyOf(tags);
		if (!tags.contains(CareTag.EXERCISE)) {
			throw new IllegalArgumentException(id + " must carry the EXERCISE tag");
		}
	}

	/** The tags as lower-case codes, for the published library. */
	@JsonProperty("contraindicationTags")
	public List<String> contraindicationTags() {
		return this.tags.stream().map((tag) -> tag.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList();
	}

}
