package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.backstop.core.assessment.Medicine;
import org.backstop.core.careplan.Contraindication;
import org.backstop.core.careplan.Contraindications;
import org.backstop.core.questionnaire.Instruments;
import org.backstop.core.medicine.DoseGuard;
import org.backstop.core.selfcare.CareTag;

/**
 * Every problem code the core and the app use has its words in English and Spanish
 * ({@code problem.<code>} in {@code messages/problems*.properties}), so no page falls
 * back to English for one. The codes are found where they are written: the literal code
 * of each {@code Violation.of}, {@code CodedText.of}, {@code fail}, {@code failHere},
 * {@code failAt}, {@code problem} (the JSON parser's) and account {@code Problem}; the
 * codes made from names (a medicine's, a contraindication rule's) are listed from those
 * names.
 */
class ProblemCodesTest {

	private static final String CODE = "([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)*)";

	/** The code is the first argument. */
	private static final Pattern CODE_FIRST = Pattern
		.compile("\\b(?:CodedText\\.of|failHere|problem)\\(\\s*\"" + CODE + "\"");

	/** The code follows the field. */
	private static final Pattern CODE_SECOND = Pattern
		.compile("\\b(?:Violation\\.of|fail|failAt)\\([^;]*?,\\s*\"" + CODE + "\"\\s*,");

	/** An account problem: {@code NAME("code", "English")}. */
	private static final Pattern ACCOUNT_PROBLEM = Pattern.compile("(?m)^\\s+[A-Z_]+\\(\"" + CODE + "\",");

	@Test
	void everyCodeHasWordsInEnglishAndSpanish() throws IOException {
		Set<String> codes = codes();
		assertThat(codes).as("codes found in the sources")
			.hasSizeGreaterThan(80)
			.contains("required", "number.range", "code.unknown", "json.syntax", "dose.next_in",
					"reminder.times_missing", "password.too_short");
		for (String bundle : new String[] { "messages/problems.properties", "messages/problems_es.properties" }) {
			Properties words = load(bundle);
			assertThat(codes.stream().map((code) -> ProblemTexts.PREFIX + code)).as(bundle)
				.allMatch(words::containsKey);
			assertThat(words).as(bundle).containsKey(ProblemTexts.PREFIX + "or_not_sure");
		}
	}

	@Test
	void theDoseCheckSaysEachContraindicationInTheRuleOwnEnglish() throws IOException {
		Properties english = load("messages/problems.properties");
		for (Contraindication rule : medicineRules().toList()) {
			String pattern = english.getProperty(ProblemTexts.PREFIX + DoseGuard.wordingOf(rule).code());
			assertThat(pattern).as(rule.code()).isNotNull();
			assertThat(pattern.replace("''", "'")).as(rule.code()).isEqualTo(rule.text());
		}
	}

	static Set<String> codes() throws IOException {
		Set<String> codes = new TreeSet<>();
		for (Path root : new Path[] { Path.of("../backstop-core/src/main/java"), Path.of("src/main/java") }) {
			try (Stream<Path> files = Files.walk(root)) {
				// the insight package's sentences are not problems: the diary's bundle
				// words
				// them by their own codes
				for (Path file : files.filter((f) -> f.toString().endsWith(".java"))
					.filter((f) -> !f.toString().contains("/core/insight/"))
					.toList()) {
					String source = Files.readString(file);
					for (Pattern pattern : new Pattern[] { CODE_FIRST, CODE_SECOND }) {
						Matcher matcher = pattern.matcher(source);
						while (matcher.find()) {
							codes.add(matcher.group(1));
						}
					}
					if (file.endsWith("account/Problem.java")) {
						ACCOUNT_PROBLEM.matcher(source).results().forEach((m) -> codes.add(m.group(1)));
					}
				}
			}
		}
		Arrays.stream(Medicine.values())
			.filter(Medicine::isDoseChecked)
			.forEach((medicine) -> codes.add(DoseGuard.nameOf(medicine).code()));
		medicineRules().forEach((rule) -> codes.add(DoseGuard.wordingOf(rule).code()));
		Instruments.ALL.forEach((instrument) -> codes.add(instrument.spokenName().code()));
		return codes;
	}

	/** The contraindications the dose check can give as reasons or warnings. */
	private static Stream<Contraindication> medicineRules() {
		return Contraindications.ALL.stream()
			.filter((rule) -> rule.tags().contains(CareTag.ORAL_NSAID) || rule.tags().contains(CareTag.ACETAMINOPHEN)
					|| rule.tags().contains(CareTag.ASPIRIN) || rule.tags().contains(CareTag.MEDICINE));
	}

	private static Properties load(String resource) throws IOException {
		try (InputStream in = ProblemCodesTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
	}

}
