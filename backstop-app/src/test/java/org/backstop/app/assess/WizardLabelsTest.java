package org.backstop.app.assess;

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

import org.backstop.core.assessment.Symptom;
import org.backstop.core.severity.SeverityLevel;
import org.backstop.core.triage.TriageLevel;

/**
 * Every code the wizard asks about, and every level the result shows, has words in
 * English and Spanish: the codes come from the core's enums, so a new core code fails
 * here until it is labelled.
 */
class WizardLabelsTest {

	@Test
	void everyCodeQuestionAndErrorHasWordsInBothLanguages() throws IOException {
		List<String> needed = new ArrayList<>();
		for (WizardStep step : WizardStep.values()) {
			needed.add("assess.step." + step.key());
			needed.add("assess.step." + step.key() + ".lead");
			for (WizardField field : step.fields()) {
				needed.add("assess.q." + field.name());
				needed.add("assess.error." + field.name());
				for (String code : field.codes()) {
					needed.add((field.labels() != null) ? "assess.code." + field.labels() + "." + code
							: "assess.answer." + code);
				}
			}
		}
		WizardStep.symptomGroups().forEach((group) -> needed.add("assess.group." + group.name()));
		Arrays.stream(TriageLevel.values()).forEach((level) -> {
			needed.add("assess.level." + level.code());
			needed.add("assess.level." + level.code() + ".action");
		});
		Arrays.stream(SeverityLevel.values()).forEach((level) -> needed.add("assess.severity." + level.code()));
		for (String bundle : List.of("messages/assess.properties", "messages/assess_es.properties")) {
			Properties texts = load(bundle);
			assertThat(needed).as(bundle).allSatisfy((key) -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void everySymptomCodeIsAskedExactlyOnce() {
		List<String> asked = WizardStep.symptomGroups().stream().flatMap((g) -> g.codes().stream()).toList();
		assertThat(asked).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(Symptom.values()).map(Symptom::code).toList());
		assertThat(WizardStep.symptomGroups()).extracting(WizardStep.SymptomGroup::name).doesNotContain("other");
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
