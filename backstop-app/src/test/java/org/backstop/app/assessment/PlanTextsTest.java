package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.support.ResourceBundleMessageSource;

import org.backstop.core.AssessmentEngine;
import org.backstop.core.AssessmentResult;
import org.backstop.core.assessment.AssessmentJson;
import org.backstop.core.assessment.Equipment;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Medicine;
import org.backstop.core.careplan.CarePlanner;
import org.backstop.core.careplan.TherapyTimers;
import org.backstop.core.exercise.Activities;
import org.backstop.core.exercise.ExerciseCategory;
import org.backstop.core.exercise.ExerciseLibrary;
import org.backstop.core.triage.TriageLevel;

/**
 * Every text the care plan, the exercise library, the triage headline and the severity
 * grade can show has its Spanish. The texts are found by assessing many people (every
 * history, medicine, equipment and preference code, pregnancy at several weeks, children,
 * teenagers, adults and older people, each sex, region, mobility and triage level) and
 * collecting every distinct string of the results, leaving out codes, ids and sources.
 * Medicine and water doses carry numbers, but from fixed tables, so the few variants are
 * found and translated like any other text; texts with a number the person typed are
 * translated through their template.
 */
class PlanTextsTest {

	/** Codes, ids, paths and sources: not text a person reads. */
	private static final Set<String> NOT_TEXT = Set.of("id", "code", "level", "phase", "grade", "source", "path",
			"category", "equipment", "contraindicationTags", "engineVersion");

	/**
	 * Texts with a number from the person's answers (spasms a week): no fixed translation
	 * can match them, so they are translated through their template.
	 */
	static final List<Pattern> DYNAMIC = List.of(
			Pattern.compile("\\d+ spasms a week, several a day, with pain of \\d+ makes it severe\\."),
			Pattern.compile("\\d+ spasms a week, at least daily, raises it to at least moderate\\."));

	private final ClinicalTexts texts = new ClinicalTexts(messages());

	@Test
	void everyPlanExerciseAndGradeTextIsTranslatedIntoSpanish() {
		Set<String> english = everyFixedText();
		Locale spain = Locale.forLanguageTag("es-ES");
		List<String> missing = english.stream()
			.filter((text) -> !this.texts.isTranslated(text, spain))
			.map((text) -> ClinicalTexts.key(text) + "=" + text)
			.toList();
		assertThat(missing).as("English texts without Spanish").isEmpty();
		assertThat(this.texts.text("Keep moving", spain)).isEqualTo("Sigue moviéndote");
		assertThat(this.texts.text("Keep moving", Locale.UK)).isEqualTo("Keep moving");
	}

	@Test
	void theEnumerationReachesEveryExerciseSectionLevelAndLeftOutItem() {
		Set<String> english = everyFixedText();
		ExerciseLibrary.ALL.forEach((exercise) -> {
			assertThat(english).contains(exercise.name(), exercise.progression(), exercise.illustration().altText(),
					exercise.dose().summary(), exercise.why().summary());
			assertThat(english).containsAll(exercise.steps()).containsAll(exercise.cautions());
		});
		for (TriageLevel level : TriageLevel.values()) {
			assertThat(english).contains(level.headline());
		}
		assertThat(english).contains("Medicines", "Relaxation and breathing", "Nutrition and prevention",
				"You said you would rather not do this.",
				"Whole-body cryotherapy is not an approved treatment, has no good evidence for back pain, and carries risks such as frostbite.",
				"Get help now, as the assessment says. A self-care plan can wait until a clinician has seen you.",
				"Drink regularly through the day. A doctor or pharmacist can say how much suits a child.");
		assertThat(english).hasSizeGreaterThan(300);
	}

	@Test
	void textsWithANumberFromTheAnswersAreTranslatedThroughTheirTemplateKeepingTheNumbers() {
		Set<String> dynamic = dynamicTexts();
		assertThat(dynamic).isNotEmpty()
			.allSatisfy((text) -> assertThat(text).containsPattern("\\d")
				.matches((t) -> DYNAMIC.stream().anyMatch((p) -> p.matcher(t).matches()), "a known dynamic text"));
		assertThat(DYNAMIC).allSatisfy((pattern) -> assertThat(dynamic).anyMatch((t) -> pattern.matcher(t).matches()));
		Locale mexico = Locale.forLanguageTag("es-MX");
		assertThat(dynamic).allSatisfy((text) -> assertThat(this.texts.isTranslated(text, mexico)).isTrue());
		assertThat(this.texts.text("25 spasms a week, several a day, with pain of 6 makes it severe.", mexico))
			.isEqualTo("25 espasmos a la semana, varios al día, con un dolor de 6: eso lo hace grave.");
		assertThat(this.texts.text("7 spasms a week, at least daily, raises it to at least moderate.", Locale.UK))
			.isEqualTo("7 spasms a week, at least daily, raises it to at least moderate.");
		assertThat(this.texts.isTranslated("3 things nobody wrote a template for.", mexico)).isFalse();
	}

	/** Every fixed English text of plans, exercises, triage headlines and grades. */
	static Set<String> everyFixedText() {
		return Found.FIXED;
	}

	static Set<String> dynamicTexts() {
		return Found.DYNAMIC;
	}

	/** Assessing thousands of people takes seconds: done once for every test. */
	private static final class Found {

		static final Set<String> ALL = collect();

		static final Set<String> FIXED = ALL.stream()
			.filter((text) -> !isDynamic(text))
			.collect(Collectors.toUnmodifiableSet());

		static final Set<String> DYNAMIC = ALL.stream()
			.filter(PlanTextsTest::isDynamic)
			.collect(Collectors.toUnmodifiableSet());

	}

	private static boolean isDynamic(String text) {
		return DYNAMIC.stream().anyMatch((pattern) -> pattern.matcher(text).matches());
	}

	private static Set<String> collect() {
		Set<String> found = new TreeSet<>();
		for (ObjectNode person : people()) {
			AssessmentResult result = AssessmentEngine.assess(person).value();
			JsonNode tree = AssessmentJson.mapper().valueToTree(result);
			found.add(tree.get("triage").get("headline").asString());
			walk(tree.get("severity"), found);
			walk(tree.get("plan"), found);
		}
		walk(AssessmentJson.mapper().valueToTree(ExerciseLibrary.ALL), found);
		// What the exercise and timer pages show beside the plan.
		for (ExerciseCategory category : ExerciseCategory.values()) {
			found.add(CarePlanner.purpose(category));
		}
		found.add(TherapyTimers.COLD_LIMIT_REASON);
		return found;
	}

	private static void walk(JsonNode node, Set<String> found) {
		if (node.isString()) {
			found.add(node.asString());
		}
		else if (node.isArray()) {
			node.forEach((child) -> walk(child, found));
		}
		else if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				if (!NOT_TEXT.contains(field.getKey())) {
					walk(field.getValue(), found);
				}
			}
		}
	}

	/** People who between them reach every text of the plan. */
	private static List<ObjectNode> people() {
		List<ObjectNode> people = new ArrayList<>();
		List<String> histories = new ArrayList<>();
		histories.add(null);
		for (History history : History.values()) {
			histories.add(history.code());
		}
		List<String> medicines = new ArrayList<>();
		medicines.add(null);
		for (Medicine medicine : Medicine.values()) {
			medicines.add(medicine.code());
		}
		for (String history : histories) {
			for (String medicine : medicines) {
				for (Integer weight : new Integer[] { null, 45 }) {
					for (int age : new int[] { 12, 17, 30, 70 }) {
						for (String sex : new String[] { "female", "male", "other" }) {
							for (int weeks : "male".equals(sex) ? new int[] { 0 } : new int[] { 0, 10, 20, 30 }) {
								for (boolean equipped : new boolean[] { false, true }) {
									ObjectNode person = person(age, sex, weeks, "lower_back", 6, 3, null);
									if (history != null) {
										person.putArray("history").add(history);
									}
									ObjectNode preferences = person.putObject("preferences");
									if (medicine != null) {
										preferences.putArray("currentMedicines").add(medicine);
									}
									if (weight != null) {
										preferences.put("weightKg", weight);
									}
									if (equipped) {
										ArrayNode equipment = preferences.putArray("equipment");
										for (Equipment item : Equipment.values()) {
											equipment.add(item.code());
										}
									}
									people.add(person);
								}
							}
						}
					}
				}
			}
		}
		String[][] levels = { {}, { "chest_pain" }, { "urinary_retention" }, { "fever" }, { "night_sweats" } };
		for (String[] symptoms : levels) {
			for (String region : new String[] { "neck", "upper_back", "mid_back", "lower_back" }) {
				for (String mobility : new String[] { "normal", "reduced", "severely_limited", "unable_to_walk" }) {
					for (int pain : new int[] { 0, 2, 5, 8, 10 }) {
						for (int days : new int[] { 3, 40, 120 }) {
							ObjectNode person = person(52, "male", 0, region, pain, days, mobility);
							ArrayNode given = person.putArray("symptoms");
							for (String symptom : symptoms) {
								given.add(symptom);
							}
							people.add(person);
						}
					}
				}
			}
		}
		for (int pain = 0; pain <= 10; pain++) {
			for (int spasms : new int[] { 0, 7, 25 }) {
				ObjectNode person = person(30, "female", 0, "lower_back", pain, 3, null);
				((ObjectNode) person.get("pain")).put("spasmsPerWeek", spasms);
				people.add(person);
			}
		}
		for (String activity : Activities.codes()) {
			for (int days : new int[] { 3, 120 }) {
				ObjectNode likes = person(30, "female", 0, "lower_back", 4, days, null);
				likes.putObject("preferences").putArray("likes").add(activity);
				people.add(likes);
				ObjectNode dislikes = person(30, "female", 0, "lower_back", 4, days, null);
				dislikes.putObject("preferences").putArray("dislikes").add(activity);
				people.add(dislikes);
			}
		}
		return people;
	}

	private static ObjectNode person(int age, String sex, int pregnancyWeeks, String region, int pain, int days,
			String mobility) {
		ObjectNode person = JsonNodeFactory.instance.objectNode();
		person.put("age", age);
		person.put("sex", sex);
		if (pregnancyWeeks > 0) {
			person.put("pregnant", true);
			person.put("pregnancyWeeks", pregnancyWeeks);
		}
		ObjectNode painNode = person.putObject("pain");
		painNode.put("intensity", pain);
		painNode.put("region", region);
		painNode.put("durationDays", days);
		// Every question that can raise the level answered, so that ordinary plans come
		// up:
		// a blank is read the cautious way and would turn many of them into care first.
		painNode.put("onset", "gradual");
		painNode.put("trauma", "none");
		painNode.put("worseAtNightOrRest", false);
		if (mobility != null) {
			person.putObject("function").put("mobility", mobility);
		}
		return person;
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/clinical");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
