package org.backstop.core.careplan;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.backstop.core.exercise.Illustration;
import org.backstop.core.selfcare.Dose;
import org.backstop.core.selfcare.Evidence;
import org.backstop.core.triage.TriageLevel;

/**
 * A personal self-care plan: what to do, how much, why, and what was left out and why.
 *
 * @param urgent what to do first when triage asks for care, or {@code null} at self-care
 * @param phase {@code acute} (under 4 weeks), {@code subacute} (4 to 12) or
 * {@code chronic}
 * @param sections the plan, section by section; only comfort measures while care is
 * sought
 * @param excluded every item left out, with the reasons
 * @param notice what the plan is and is not
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "urgent", "phase", "sections", "excluded", "notice" })
public record CarePlan(Urgent urgent, String phase, List<Section> sections, List<ExcludedItem> excluded,
		String notice) {

	public CarePlan {
		sections = List.copyOf(sections);
		excluded = List.copyOf(excluded);
	}

	/**
	 * What to do first, when triage asks for care.
	 *
	 * @param level the triage level
	 * @param headline what to do, in a few words
	 * @param text what that means for the plan
	 */
	@JsonPropertyOrder({ "level", "headline", "text" })
	public record Urgent(TriageLevel level, String headline, String text) {
	}

	/**
	 * One section of the plan.
	 *
	 * @param id stable snake_case name, such as {@code heat}
	 * @param title its title
	 * @param note what to know about the section as a whole, or {@code null}
	 * @param items what to do
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "id", "title", "note", "items" })
	public record Section(String id, String title, String note, List<Item> items) {

		public Section {
			items = List.copyOf(items);
		}

	}

	/**
	 * One thing to do.
	 *
	 * @param id stable snake_case name of the thing itself, such as {@code ibuprofen}
	 * @param title its name
	 * @param whatToDo what to do, plainly
	 * @param steps for an exercise, its steps; otherwise empty
	 * @param dose how much, how often, for how long
	 * @param why the evidence
	 * @param cautions what to watch, possibly empty
	 * @param illustration for an exercise, its drawing; otherwise {@code null}
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "id", "title", "whatToDo", "steps", "dose", "why", "cautions", "illustration" })
	public record Item(String id, String title, String whatToDo, List<String> steps, Dose dose, Evidence why,
			List<String> cautions, Illustration illustration) {

		public Item {
			steps = List.copyOf(steps);
			cautions = List.copyOf(cautions);
		}

	}

	/**
	 * Something left out of the plan.
	 *
	 * @param id the item's id
	 * @param title its name
	 * @param reasons why, each with its source
	 */
	@JsonPropertyOrder({ "id", "title", "reasons" })
	public record ExcludedItem(String id, String title, List<Reason> reasons) {

		public ExcludedItem {
			reasons = List.copyOf(reasons);
		}

	}

	/**
	 * Why something was left out.
	 *
	 * @param code stable snake_case name of the reason
	 * @param text the reason, plainly
	 * @param source where it comes from, or {@code null} when it is the person's own
	 * choice
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "code", "text", "source" })
	public record Reason(String code, String text, String source) {

		static Reason of(Contraindication rule) {
			return new Reason(rule.code(), rule.text(), rule.source());
		}

	}

}
