package org.backstop.core.careplan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.careplan.CareOption.Content;
import org.backstop.core.careplan.CarePlan.ExcludedItem;
import org.backstop.core.careplan.CarePlan.Item;
import org.backstop.core.careplan.CarePlan.Reason;
import org.backstop.core.careplan.CarePlan.Section;
import org.backstop.core.careplan.CarePlan.Urgent;
import org.backstop.core.exercise.Activities;
import org.backstop.core.exercise.Exercise;
import org.backstop.core.exercise.ExerciseCategory;
import org.backstop.core.exercise.ExerciseLibrary;
import org.backstop.core.selfcare.CareTag;
import org.backstop.core.severity.SeverityLevel;
import org.backstop.core.severity.SeverityResult;
import org.backstop.core.triage.TriageLevel;
import org.backstop.core.triage.TriageResult;

/**
 * Fits the plan to one person. Contraindications are checked first and remove an item
 * rather than weaken it; every removed item is listed with its reasons. When triage asks
 * for care, the plan opens with that and keeps only comfort measures.
 */
public final class CarePlanner {

	/** Acute under 4 weeks, subacute 4 to 12 weeks, chronic after (ACP 2017). */
	static final int SUBACUTE_FROM_DAYS = 28;

	static final int CHRONIC_FROM_DAYS = 84;

	static final int MAX_EXERCISES_ACUTE = 5;

	static final int MAX_EXERCISES = 7;

	static final String NOTICE = "This plan supports self-care; it does not replace a clinician's advice. Stop anything that makes your symptoms worse, and act on the warning signs.";

	private static final Reason YOUR_CHOICE = new Reason("your_preference", "You said you would rather not do this.",
			null);

	private CarePlanner() {
	}

	public static CarePlan plan(AssessmentInput person, TriageResult triage, SeverityResult severity) {
		List<ExcludedItem> excluded = new ArrayList<>();
		Map<PlanSection, List<Item>> sections = new EnumMap<>(PlanSection.class);
		PlanContext context = new PlanContext(person, triage, severity, anyOralNsaidSuitable(person));
		Urgent urgent = urgent(triage.level());
		boolean comfortOnly = urgent != null;
		boolean nothingButCare = triage.level().isMoreUrgentThan(TriageLevel.CONSULTATION_24);

		for (CareOption option : CareOptions.ALL) {
			List<Contraindication> leaveOut = Contraindications.leavingOut(option.id(), option.tags(), person);
			if (!leaveOut.isEmpty()) {
				excluded.add(new ExcludedItem(option.id(), option.title(), reasons(leaveOut)));
			}
			else if (option.offeredWhen().test(context) && !nothingButCare && (option.comfort() || !comfortOnly)) {
				add(sections, option.section(), item(option, person));
			}
		}
		addExercises(person, severity, comfortOnly, nothingButCare, sections, excluded);

		List<Section> ordered = new ArrayList<>();
		for (PlanSection section : PlanSection.values()) {
			List<Item> items = sections.get(section);
			if (items != null && !items.isEmpty()) {
				ordered.add(new Section(section.id(), section.title(), section.note(), items));
			}
		}
		return new CarePlan(urgent, phase(person), ordered, excluded, NOTICE);
	}

	static String phase(AssessmentInput person) {
		int days = person.pain().durationDays();
		if (days < SUBACUTE_FROM_DAYS) {
			return "acute";
		}
		return (days < CHRONIC_FROM_DAYS) ? "subacute" : "chronic";
	}

	private static Urgent urgent(TriageLevel level) {
		return switch (level) {
			case SELF_CARE -> null;
			case EMERGENCY_AMBULANCE, EMERGENCY -> new Urgent(level, level.headline(),
					"Get help now, as the assessment says. A self-care plan can wait until a clinician has seen you.");
			case CONSULTATION_24, CONSULTATION -> new Urgent(level, level.headline(),
					"Arrange that first. Until you are seen, the plan below keeps to comfort measures; the clinician can then advise on exercise and other care.");
		};
	}

	/** Whether any anti-inflammatory tablet (aspirin aside) is left for this person. */
	static boolean anyOralNsaidSuitable(AssessmentInput person) {
		for (CareOption option : CareOptions.ALL) {
			if (option.tags().contains(CareTag.ORAL_NSAID) && !option.tags().contains(CareTag.ASPIRIN)
					&& Contraindications.leavingOut(option.id(), option.tags(), person).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	private static Item item(CareOption option, AssessmentInput person) {
		Content content = option.content().apply(person);
		List<String> cautions = new ArrayList<>(content.cautions());
		Contraindications.cautioning(option.id(), option.tags(), person).forEach((c) -> cautions.add(c.text()));
		return new Item(option.id(), option.title(), content.whatToDo(), List.of(), content.dose(), content.why(),
				cautions, null);
	}

	private static void addExercises(AssessmentInput person, SeverityResult severity, boolean comfortOnly,
			boolean nothingButCare, Map<PlanSection, List<Item>> sections, List<ExcludedItem> excluded) {
		boolean acute = person.pain().durationDays() < SUBACUTE_FROM_DAYS || severity.level() == SeverityLevel.SEVERE;
		List<Exercise> movement = new ArrayList<>();
		for (Exercise exercise : ExerciseLibrary.ALL) {
			List<Contraindication> leaveOut = Contraindications.leavingOut(exercise.id(), exercise.tags(), person);
			if (!leaveOut.isEmpty()) {
				excluded.add(new ExcludedItem(exercise.id(), exercise.name(), reasons(leaveOut)));
			}
			else if (isDisliked(person, exercise)) {
				excluded.add(new ExcludedItem(exercise.id(), exercise.name(), List.of(YOUR_CHOICE)));
			}
			else if (nothingButCare || (exercise.equipment() != null && !person.hasAtHand(exercise.equipment()))) {
				continue;
			}
			else if (exercise.category() == ExerciseCategory.BREATHING_AND_RELAXATION) {
				add(sections, PlanSection.RELAXATION, item(exercise, person));
			}
			else if (!comfortOnly && (!acute || exercise.suitableWhenAcute())) {
				movement.add(exercise);
			}
		}
		for (Exercise exercise : choose(movement, person, acute)) {
			add(sections, PlanSection.EXERCISES, item(exercise, person));
		}
	}

	/**
	 * Liked exercises first; then, when acute, gentle movement; otherwise a balanced set:
	 * two gentle, two core, one hip, one aerobic, and yoga or Pilates only when liked.
	 */
	static List<Exercise> choose(List<Exercise> candidates, AssessmentInput person, boolean acute) {
		List<Exercise> sorted = new ArrayList<>(candidates);
		sorted.sort(Comparator.comparing((Exercise e) -> !isLiked(person, e)));
		List<Exercise> chosen = new ArrayList<>();
		if (acute) {
			for (Exercise exercise : sorted) {
				if (chosen.size() < MAX_EXERCISES_ACUTE) {
					chosen.add(exercise);
				}
			}
			return chosen;
		}
		Map<ExerciseCategory, Integer> wanted = new EnumMap<>(ExerciseCategory.class);
		wanted.put(ExerciseCategory.GENTLE_MOBILITY, 1);
		wanted.put(ExerciseCategory.STRETCH, 1);
		wanted.put(ExerciseCategory.CORE_STRENGTH, 2);
		wanted.put(ExerciseCategory.HIP_STRENGTH, 1);
		wanted.put(ExerciseCategory.AEROBIC, 1);
		for (Exercise exercise : sorted) {
			boolean liked = isLiked(person, exercise);
			int left = wanted.getOrDefault(exercise.category(), 0);
			if (chosen.size() < MAX_EXERCISES && (liked || left > 0)) {
				chosen.add(exercise);
				wanted.put(exercise.category(), left - 1);
			}
		}
		return chosen;
	}

	private static Item item(Exercise exercise, AssessmentInput person) {
		List<String> cautions = new ArrayList<>(exercise.cautions());
		Contraindications.cautioning(exercise.id(), exercise.tags(), person).forEach((c) -> cautions.add(c.text()));
		return new Item(exercise.id(), exercise.name(), purpose(exercise.category()), exercise.steps(), exercise.dose(),
				exercise.why(), cautions, exercise.illustration());
	}

	/** What exercises of a category are for, in a sentence. */
	public static String purpose(ExerciseCategory category) {
		return switch (category) {
			case GENTLE_MOBILITY -> "Gentle movement to ease stiffness and keep the back moving.";
			case STRETCH -> "A gentle stretch for tight muscles.";
			case CORE_STRENGTH -> "Builds the muscles that support the spine.";
			case HIP_STRENGTH -> "Builds the hip muscles that share the load with the back.";
			case AEROBIC -> "Low-impact activity that keeps you moving and fit.";
			case YOGA -> "Gentle yoga: movement, stretching and breathing together.";
			case PILATES -> "Pilates basics: control of the trunk and breathing.";
			case BREATHING_AND_RELAXATION -> "Calms the body and eases muscle tension.";
		};
	}

	private static boolean isLiked(AssessmentInput person, Exercise exercise) {
		return person.preferences() != null && matchesAny(exercise, person.preferences().likes());
	}

	private static boolean isDisliked(AssessmentInput person, Exercise exercise) {
		return person.preferences() != null && matchesAny(exercise, person.preferences().dislikes());
	}

	private static boolean matchesAny(Exercise exercise, Set<String> activities) {
		for (String activity : activities) {
			if (Activities.matches(exercise, activity)) {
				return true;
			}
		}
		return false;
	}

	private static List<Reason> reasons(List<Contraindication> rules) {
		return rules.stream().map(Reason::of).toList();
	}

	private static void add(Map<PlanSection, List<Item>> sections, PlanSection section, Item item) {
		sections.computeIfAbsent(section, (s) -> new ArrayList<>()).add(item);
	}

}
