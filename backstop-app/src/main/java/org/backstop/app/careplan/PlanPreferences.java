package org.backstop.app.careplan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.backstop.app.timer.TimerLinks;
import org.backstop.core.assessment.Equipment;
import org.backstop.core.assessment.Medicine;
import org.backstop.core.careplan.CarePlan;
import org.backstop.core.exercise.ExerciseCategory;
import org.backstop.core.json.Coded;
import org.backstop.core.problem.Violation;

/**
 * What the "tailor your plan" form shows and sends: the contract's optional
 * {@code preferences}, as codes. The form offers exercise categories; likes and dislikes
 * of single exercises made elsewhere are kept as they are.
 *
 * @param equipment things at hand
 * @param likes exercise categories the person enjoys
 * @param dislikes exercise categories they would rather not do
 * @param currentMedicines pain medicines already being taken
 */
public record PlanPreferences(List<String> equipment, List<String> likes, List<String> dislikes,
		List<String> currentMedicines) {

	/** The codes the form offers, from the core's enums. */
	static final Options OPTIONS = new Options(codes(Equipment.values()), codes(ExerciseCategory.values()),
			codes(Medicine.values()));

	static final List<String> FIELDS = List.of("equipment", "likes", "dislikes", "currentMedicines");

	public PlanPreferences {
		equipment = List.copyOf(equipment);
		likes = List.copyOf(likes);
		dislikes = List.copyOf(dislikes);
		currentMedicines = List.copyOf(currentMedicines);
	}

	static PlanPreferences of(List<String> equipment, List<String> likes, List<String> dislikes,
			List<String> currentMedicines) {
		return new PlanPreferences(orEmpty(equipment), orEmpty(likes), orEmpty(dislikes), orEmpty(currentMedicines));
	}

	/** The preferences of a valid input, as the form shows them. */
	static PlanPreferences from(JsonNode input) {
		JsonNode preferences = input.path("preferences");
		return new PlanPreferences(texts(preferences.path("equipment")), texts(preferences.path("likes")),
				texts(preferences.path("dislikes")), texts(preferences.path("currentMedicines")));
	}

	/**
	 * Puts these choices into the input, keeping its weight and any single exercises
	 * liked or disliked; preferences left empty are removed.
	 */
	void writeInto(ObjectNode input) {
		JsonNode old = input.path("preferences");
		ObjectNode preferences = input.objectNode();
		if (old.isObject()) {
			preferences.setAll((ObjectNode) old);
		}
		PlanPages.putCodes(preferences, "equipment", this.equipment);
		PlanPages.putCodes(preferences, "likes", withSingleExercises(this.likes, old.path("likes")));
		PlanPages.putCodes(preferences, "dislikes", withSingleExercises(this.dislikes, old.path("dislikes")));
		PlanPages.putCodes(preferences, "currentMedicines", this.currentMedicines);
		if (preferences.isEmpty()) {
			input.remove("preferences");
		}
		else {
			input.set("preferences", preferences);
		}
	}

	/** The form field a violation's path names; {@code form} for any other. */
	static String fieldOf(String path) {
		String field = path.replaceFirst("^preferences\\.", "").replaceFirst("\\[.*$", "");
		return FIELDS.contains(field) ? field : "form";
	}

	/** The timer page for each plan item that has one, by item id. */
	static Map<String, String> timerLinks(CarePlan plan) {
		Map<String, String> links = new LinkedHashMap<>();
		plan.sections()
			.forEach((section) -> section.items()
				.forEach((item) -> TimerLinks.forItem(item).ifPresent((link) -> links.put(item.id(), link))));
		return links;
	}

	private static List<String> withSingleExercises(List<String> categories, JsonNode old) {
		List<String> codes = new ArrayList<>(categories);
		for (String code : texts(old)) {
			if (!OPTIONS.categories().contains(code) && !codes.contains(code)) {
				codes.add(code);
			}
		}
		return codes;
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		if (array.isArray()) {
			array.forEach((value) -> {
				if (value.isString()) {
					texts.add(value.stringValue());
				}
			});
		}
		return texts;
	}

	private static List<String> orEmpty(List<String> values) {
		return (values != null) ? values : List.of();
	}

	private static List<String> codes(Coded[] values) {
		return Arrays.stream(values).map(Coded::code).toList();
	}

	/**
	 * The codes offered, each shown with its label from the plan bundle.
	 *
	 * @param equipment things at hand
	 * @param categories exercise categories
	 * @param medicines pain medicines
	 */
	public record Options(List<String> equipment, List<String> categories, List<String> medicines) {
	}

}
