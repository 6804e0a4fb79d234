package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;

import org.backstop.core.AssessmentEngine;
import org.backstop.core.triage.TriageReason;
import org.backstop.core.triage.TriageResult;
import org.backstop.core.triage.TriageRule;
import org.backstop.core.triage.TriageRules;

/**
 * Every triage rule and fixed text has its Spanish, no translation is left for a rule or
 * text that no longer exists (the plan's texts are found by {@link PlanTextsTest}), and
 * English readers get the core's own words.
 */
class ClinicalTextsTest {

	private final ClinicalTexts texts = new ClinicalTexts(messages());

	/**
	 * Neck pain spreading below the knee in a pregnant woman who has had cancer: every
	 * fixed text the core can show, all warning signs and the whole examination.
	 */
	static final String EVERY_FIXED_TEXT = """
			{"age": 38, "sex": "female", "pregnant": true, "pregnancyWeeks": 20, "history": ["cancer"],
			 "pain": {"intensity": 5, "region": "neck", "durationDays": 3, "radiation": "below_knee"}}
			""";

	static final List<String> OTHER_WATCH_FOR_LINES = List.of("""
			{"age": 38, "sex": "female", "history": ["iv_drug_use"],
			 "pain": {"intensity": 5, "region": "lower_back", "durationDays": 3, "worseAtNightOrRest": false}}
			""", """
			{"age": 38, "sex": "female", "history": ["diabetes"],
			 "pain": {"intensity": 5, "region": "lower_back", "durationDays": 3, "worseAtNightOrRest": false}}
			""", """
			{"age": 38, "sex": "female",
			 "pain": {"intensity": 5, "region": "lower_back", "durationDays": 3, "worseAtNightOrRest": false}}
			""", """
			{"age": 12, "sex": "male", "symptoms": ["leg_weakness"],
			 "pain": {"intensity": 5, "region": "lower_back", "durationDays": 3, "worseAtNightOrRest": false}}
			""");

	@Test
	void everyRuleAndFixedTextIsTranslatedIntoSpanishAndNoTranslationIsOrphaned() throws IOException {
		TriageResult triage = AssessmentEngine.assess(JsonMapper.shared().readTree(EVERY_FIXED_TEXT)).value().triage();
		List<String> fixed = new ArrayList<>(triage.watchFor());
		// The fever line's other forms, and the children's line.
		for (String other : OTHER_WATCH_FOR_LINES) {
			fixed.addAll(AssessmentEngine.assess(JsonMapper.shared().readTree(other)).value().triage().watchFor());
		}
		fixed.addAll(triage.neurologicalExamination().clinicianChecks());
		fixed.addAll(triage.neurologicalExamination().selfObservation());
		fixed.add(triage.neurologicalExamination().caution());
		Set<String> keys = TriageRules.ALL.stream().map((rule) -> "rule." + rule.code()).collect(Collectors.toSet());
		fixed.forEach((english) -> keys.add(ClinicalTexts.key(english)));
		PlanTextsTest.everyFixedText().forEach((english) -> keys.add(ClinicalTexts.key(english)));
		PlanTextsTest.dynamicTexts().forEach((english) -> keys.add(ClinicalTexts.key(ClinicalTexts.template(english))));
		Properties spanish = new Properties();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/clinical_es.properties")) {
			spanish.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(keys);
		Locale mexico = Locale.forLanguageTag("es-MX");
		assertThat(fixed).allSatisfy((english) -> assertThat(this.texts.text(english, mexico)).isNotEqualTo(english));
	}

	@Test
	void spanishReadersGetSpanishAndEnglishReadersTheCoreText() {
		TriageRule rule = TriageRules.ALL.get(0);
		TriageReason reason = new TriageReason(rule.code(), rule.level(), rule.text(), "source");
		Locale spanish = Locale.forLanguageTag("es-MX");
		assertThat(this.texts.rule(reason, spanish)).contains("ambulancia").isNotEqualTo(rule.text());
		assertThat(this.texts.isTranslated(reason, spanish)).isTrue();
		assertThat(this.texts.rule(reason, Locale.UK)).isEqualTo(rule.text());
		TriageReason unknown = new TriageReason("not_a_rule", rule.level(), "English only.", "source");
		assertThat(this.texts.rule(unknown, spanish)).isEqualTo("English only.");
		assertThat(this.texts.isTranslated(unknown, spanish)).isFalse();
	}

	@Test
	void englishTextsAreNotLookedUpAtAll() {
		// Even a bundle that had an entry for an English text would not be asked: the
		// lookup, a miss in every bundle, was a tenth of the plan page's time.
		StaticMessageSource english = new StaticMessageSource();
		english.addMessage(ClinicalTexts.key("Walk a little every hour."), Locale.ENGLISH, "Looked up");
		ClinicalTexts texts = new ClinicalTexts(english);
		assertThat(texts.text("Walk a little every hour.", Locale.UK)).isEqualTo("Walk a little every hour.");
		assertThat(texts.text("Walk a little every hour.", Locale.forLanguageTag("es")))
			.isEqualTo("Walk a little every hour.");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/clinical");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
