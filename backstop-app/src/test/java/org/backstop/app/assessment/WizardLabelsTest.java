package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.backstop.core.assessment.NotSureAnswer;
import org.backstop.core.assessment.AssessmentContract;
import org.backstop.core.assessment.ContractField;
import org.backstop.core.assessment.Question;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.severity.SeverityLevel;
import org.backstop.core.triage.TriageLevel;

/**
 * Every code the wizard asks about, and every level the result shows, has words in
 * English and Spanish: the codes come from the core's enums, so a new core code fails
 * here until it is labelled.
 */
class WizardLabelsTest {

	/**
	 * The wizard has words of its own only for what it checks itself: a required choice
	 * left unanswered, a code its form did not offer, the warning signs answered neither
	 * way. What the reader finds wrong is a problem, said by ProblemTexts.
	 */
	@Test
	void theWizardsOwnErrorsAreForRequiredChoicesAlone() throws IOException {
		List<String> required = WizardStep.allFields()
			.filter(WizardField::isRequiredChoice)
			.map(WizardField::name)
			.toList();
		assertThat(required).containsExactlyInAnyOrder(WizardStep.URGENT, WizardStep.EMERGENCY, "pain.region",
				"pain.intensity", "pain.durationDays", "age", "sex");
		List<String> ownErrors = new ArrayList<>(List.of("assess.error.symptoms.none", "assess.error.symptoms.both",
				"assess.error.topic", "assess.error.topic.which"));
		WizardStep.allFields()
			.filter((field) -> field.isRequiredChoice() || field.isChoiceOfCodes())
			.forEach((field) -> ownErrors.add(WizardController.ERROR_PREFIX + field.name()));
		for (String bundle : List.of("messages/assessment.properties", "messages/assessment_es.properties")) {
			assertThat(load(bundle).stringPropertyNames()).as(bundle)
				.filteredOn((key) -> key.startsWith(WizardController.ERROR_PREFIX))
				.containsExactlyInAnyOrderElementsOf(ownErrors);
		}
	}

	@Test
	void everyCodeQuestionAndErrorHasWordsInBothLanguages() throws IOException {
		List<String> needed = new ArrayList<>();
		for (WizardStep step : WizardStep.values()) {
			needed.add("assess.step." + step.key());
			needed.add("assess.step." + step.key() + ".lead");
			for (WizardField field : step.fields()) {
				if (field.kind() == WizardField.Kind.GROUP) {
					needed.add(field.topic().equals(WizardStep.HISTORY_TOPIC) ? "assess.topic.history"
							: "assess.group." + field.topic());
					field.codes().forEach((code) -> needed.add("assess.topic." + code));
					continue;
				}
				needed.add("assess.q." + field.name());
				for (String code : field.codes()) {
					needed.add((field.labels() != null) ? "assess.code." + field.labels() + "." + code
							: "assess.answer." + code);
				}
				if (field.acceptsNotSure() && field.kind() == WizardField.Kind.NUMBER) {
					needed.add("assess.result.notSure.number." + field.name());
				}
			}
		}
		needed.addAll(List.of("assess.answer.not_sure", "assess.result.notSure.lead", "assess.result.notSure.again",
				"assess.result.notSure.readAs", "assess.result.notSure.true", "assess.result.notSure.false",
				"assess.result.notSure." + NotSureAnswer.PRESENT));
		WizardStep.symptomGroups().forEach((group) -> needed.add("assess.group." + group.name()));
		Arrays.stream(TriageLevel.values()).forEach((level) -> {
			needed.add("assess.level." + level.code());
			needed.add("assess.level." + level.code() + ".action");
		});
		Arrays.stream(SeverityLevel.values()).forEach((level) -> needed.add("assess.severity." + level.code()));
		for (String bundle : List.of("messages/assessment.properties", "messages/assessment_es.properties")) {
			Properties texts = load(bundle);
			assertThat(needed).as(bundle).allSatisfy((key) -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void everySymptomCodeIsAskedExactlyOnce() {
		List<String> asked = new ArrayList<>(
				WizardStep.symptomGroups().stream().flatMap((g) -> g.codes().stream()).toList());
		WizardStep.signSteps().forEach((step) -> asked.addAll(step.fields().get(0).codes()));
		assertThat(asked).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(Symptom.values()).map(Symptom::code).toList());
		assertThat(WizardStep.symptomGroups()).extracting(WizardStep.SymptomGroup::name).doesNotContain("other");
	}

	/**
	 * Every answer of the contract that can change the level has a control in the wizard,
	 * offering every code the contract takes, so nothing a rule reads is out of a
	 * person's reach. Only the preferences are left out: they shape the plan, and no
	 * triage rule reads them.
	 */
	@Test
	void everyContractAnswerThatCanChangeTheLevelHasAControlWithEveryCode() {
		List<String> symptomCodes = Arrays.stream(Symptom.values()).map(Symptom::code).toList();
		List<String> checked = new ArrayList<>();
		for (ContractField<?> field : AssessmentContract.FIELDS) {
			if (field.kind() == ContractField.Kind.OBJECT || field.path().startsWith("preferences.")) {
				continue;
			}
			checked.add(field.path());
			List<WizardField> controls = WizardStep.allFields().filter((f) -> f.name().equals(field.path())).toList();
			if (field.path().startsWith("symptoms")) {
				// The signs are spread over the first steps and the last step's topics;
				// everySymptomCodeIsAskedExactlyOnce holds that each is asked once.
				assertThat(field.codes()).as(field.path()).containsExactlyInAnyOrderElementsOf(symptomCodes);
				assertThat(controls).as(field.path()).isNotEmpty();
				continue;
			}
			assertThat(controls).as("a control for " + field.path()).hasSize(1);
			WizardField control = controls.get(0);
			assertThat(control.contract()).as(field.path()).isSameAs(field);
			assertThat(control.codes()).as("the codes offered for " + field.path())
				.containsAll(field.codes().stream().filter((code) -> !code.equals(WizardField.NOT_SURE)).toList());
			assertThat(control.acceptsNotSure()).as(field.path()).isEqualTo(field.acceptsNotSure());
		}
		assertThat(checked).contains("age", "pain.onset", "pain.legSymptomsDays", "history", "historyNotSure",
				"symptomsNotSure", "selfCare.improving");
	}

	@Test
	void everyAnswerTheContractTakesAsNotSureOffersNotSure() {
		for (Question question : Question.values()) {
			WizardStep step = WizardStep.asking(question.code());
			WizardField field = step.field(question.code());
			assertThat(field).as(question.code()).isNotNull();
			assertThat(field.acceptsNotSure()).as(question.code()).isTrue();
			if (field.kind() != WizardField.Kind.NUMBER) {
				assertThat(field.choices()).as(question.code()).endsWith(WizardField.NOT_SURE);
			}
		}
		assertThat(WizardStep.allFields().filter(WizardField::acceptsNotSure).count())
			.isEqualTo(Question.values().length);
		// Each list of codes has its list of codes the person is not sure about, on the
		// same step and with the same codes.
		for (String list : List.of("symptoms", "history")) {
			WizardStep step = WizardStep.asking(list);
			WizardField notSure = step.field(step.field(list).notSureList());
			assertThat(notSure).as(list).isNotNull();
			assertThat(notSure.codes()).isEqualTo(step.field(list).codes());
		}
		// A required answer has no "not sure": the contract does not take it.
		assertThat(WizardStep.THE_PAIN.field("pain.region").choices()).doesNotContain(WizardField.NOT_SURE);
	}

	private static Properties load(String resource) throws IOException {
		try (InputStream in = WizardLabelsTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
	}

}
