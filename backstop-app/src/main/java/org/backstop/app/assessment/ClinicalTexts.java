package org.backstop.app.assessment;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.backstop.core.triage.TriageReason;

/**
 * The core's clinical text in the reader's language. English is the core's own text;
 * translations live in {@code messages/clinical_<language>.properties}, keyed by the
 * rule's code, and a text not yet translated is shown in English (marked so by
 * {@link #isTranslated}, for the page's {@code lang} attribute).
 */
@Component
public class ClinicalTexts {

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

	private static String key(TriageReason reason) {
		return "rule." + reason.code();
	}

}
