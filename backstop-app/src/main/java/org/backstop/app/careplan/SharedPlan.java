package org.backstop.app.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.backstop.app.assessment.AssessmentHistory;
import org.backstop.app.security.HealthDataScope;
import org.backstop.app.security.SharedRead;
import org.backstop.core.assessment.AssessmentJson;

/**
 * The person's current self-care plan as a share shows it: the headline of each part,
 * read from the plan their latest assessment gave. The rules are not run again here, so a
 * reader sees the plan the person was given, in the core's words.
 */
@Service
public class SharedPlan {

	private final AssessmentHistory history;

	SharedPlan(AssessmentHistory history) {
		this.history = history;
	}

	/**
	 * The plan's headlines; empty when the share does not cover the plan. The look is
	 * recorded in the person's audit trail by the assessment history.
	 */
	@Transactional
	public Optional<Headlines> read(SharedRead reader) {
		return this.history.latestForPlan(reader)
			.map((stored) -> of(stored.createdAt(), AssessmentJson.mapper().readTree(stored.resultJson()).path("plan")))
			.or(() -> reader.mayRead(HealthDataScope.PLAN) ? Optional.of(new Headlines(null, null, List.of()))
					: Optional.empty());
	}

	static Headlines of(Instant from, JsonNode plan) {
		String urgent = plan.path("urgent").path("headline").asString(null);
		List<Section> sections = new ArrayList<>();
		for (JsonNode section : plan.path("sections")) {
			List<Item> items = new ArrayList<>();
			for (JsonNode item : section.path("items")) {
				items.add(new Item(item.path("id").asString(""), item.path("title").asString(""),
						item.path("dose").path("summary").asString(null)));
			}
			sections.add(new Section(section.path("id").asString(""), section.path("title").asString(""), items));
		}
		return new Headlines(from, urgent, sections);
	}

	/**
	 * The plan in brief.
	 *
	 * @param from when the assessment that gave it was made, or {@code null} without one
	 * @param urgent what to do first when triage asked for care, in the core's English,
	 * or {@code null}
	 * @param sections each part with what to do in it; empty without an assessment
	 */
	public record Headlines(Instant from, String urgent, List<Section> sections) {

		public Headlines {
			sections = List.copyOf(sections);
		}

		/** The day of the assessment that gave it, in UTC, or {@code null}. */
		public LocalDate fromDay() {
			return (this.from != null) ? this.from.atZone(ZoneOffset.UTC).toLocalDate() : null;
		}

	}

	/**
	 * A part of the plan.
	 *
	 * @param id its stable name, such as {@code heat}, which names its title in the
	 * messages ({@code plan.section.heat})
	 * @param title its title in the core's English
	 * @param items what to do in it
	 */
	public record Section(String id, String title, List<Item> items) {

		public Section {
			items = List.copyOf(items);
		}

	}

	/**
	 * One thing to do.
	 *
	 * @param id its stable name
	 * @param title its name in the core's English
	 * @param dose how much and how often, in the core's English, or {@code null}
	 */
	public record Item(String id, String title, String dose) {
	}

}
