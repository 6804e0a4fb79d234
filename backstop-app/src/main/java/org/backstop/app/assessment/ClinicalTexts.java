package org.backstop.app.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.backstop.app.security.Secrets;
import org.backstop.core.AssessmentResult;
import org.backstop.core.triage.TriageReason;
import org.backstop.core.triage.TriageResult;

/**
 * The core's clinical text in the reader's language. English is the core's own text;
 * translations live in {@code messages/clinical_<language>.properties}: a triage rule's
 * text keyed by the rule's code, any other fixed text (what to watch for, the
 * neurological examination) by a short hash of its English, so that a changed English
 * text no longer finds its old translation. A text not yet translated is shown in
 * English, marked so by {@code isTranslated} for the page's {@code lang} attribute. A
 * text with numbers worked out from the person's answers (such as spasms a week) is found
 * by its template, each number replaced by {@code {0}}, {@code {1}}, ... in order.
 */
@Component
public class ClinicalTexts {

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private final MessageSource messages;

	ClinicalTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String rule(TriageReason reason, Locale locale) {
		return this.messages.getMessage(key(reason), null, reason.text(), locale);
	}

	/** Whether {@link #rule} gives this reason in the reader's language. */
	public boolean isTranslated(TriageReason reason, Locale locale) {
		return "en".equals(locale.getLanguage()) || this.messages.getMessage(key(reason), null, null, locale) != null;
	}

	/** A fixed text of the core, such as a warning sign to watch for. */
	public String text(String english, Locale locale) {
		if (english == null) {
			return null;
		}
		String translated = translation(english, locale);
		return (translated != null) ? translated : english;
	}

	public boolean isTranslated(String english, Locale locale) {
		return english == null || "en".equals(locale.getLanguage()) || translation(english, locale) != null;
	}

	private String translation(String english, Locale locale) {
		// English is the core's own text: looking it up (a hash, then a miss in every
		// bundle, twice) cost about a tenth of the plan page's time.
		if ("en".equals(locale.getLanguage())) {
			return null;
		}
		String exact = this.messages.getMessage(key(english), null, null, locale);
		if (exact != null) {
			return exact;
		}
		List<String> numbers = NUMBER.matcher(english).results().map(MatchResult::group).toList();
		if (numbers.isEmpty()) {
			return null;
		}
		return this.messages.getMessage(key(template(english)), numbers.toArray(), null, locale);
	}

	/** The text with each number replaced by {@code {0}}, {@code {1}}, ... in order. */
	static String template(String english) {
		int[] next = { 0 };
		return NUMBER.matcher(english).replaceAll((number) -> "{" + next[0]++ + "}");
	}

	/**
	 * Whether every clinical text of this result's triage, severity and plan summary is
	 * in the reader's language.
	 */
	public boolean allTranslated(AssessmentResult result, Locale locale) {
		TriageResult triage = result.triage();
		List<String> texts = new ArrayList<>(triage.watchFor());
		texts.addAll(result.severity().factors());
		if (triage.neurologicalExamination() != null) {
			texts.addAll(triage.neurologicalExamination().clinicianChecks());
			texts.addAll(triage.neurologicalExamination().selfObservation());
			texts.add(triage.neurologicalExamination().caution());
		}
		if (result.plan().urgent() != null) {
			texts.add(result.plan().urgent().text());
		}
		result.plan().sections().forEach((section) -> texts.add(section.title()));
		return triage.reasons().stream().allMatch((reason) -> isTranslated(reason, locale))
				&& texts.stream().allMatch((text) -> isTranslated(text, locale));
	}

	private static String key(TriageReason reason) {
		return "rule." + reason.code();
	}

	static String key(String english) {
		return "text." + Secrets.hash(english).substring(0, 12);
	}

}
