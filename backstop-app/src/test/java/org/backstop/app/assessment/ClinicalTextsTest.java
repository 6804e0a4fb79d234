package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import org.backstop.core.triage.TriageReason;
import org.backstop.core.triage.TriageRule;
import org.backstop.core.triage.TriageRules;

/**
 * Every triage rule has its Spanish text, no translation is left for a rule that no
 * longer exists, and English readers get the core's own words.
 */
class ClinicalTextsTest {

	private final ClinicalTexts texts = new ClinicalTexts(messages());

	@Test
	void everyRuleIsTranslatedIntoSpanishAndNoTranslationIsOrphaned() throws IOException {
		Set<String> codes = TriageRules.ALL.stream().map((rule) -> "rule." + rule.code()).collect(Collectors.toSet());
		Properties spanish = new Properties();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/clinical_es.properties")) {
			spanish.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(codes);
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

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/clinical");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
