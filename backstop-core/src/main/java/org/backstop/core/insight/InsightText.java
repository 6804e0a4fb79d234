package org.backstop.core.insight;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * A plain-language sentence about an insight, ready to translate: a stable message code,
 * its arguments (numbers stay numbers, so each language formats them its own way) and the
 * English text. The English pattern is a {@link MessageFormat} pattern, so a message
 * bundle can give the same code a translated pattern that takes the same arguments.
 *
 * @param code stable message code, such as
 * {@code insight.trigger.more_common.could_be_chance}
 * @param arguments the values the pattern places
 * @param text the English text
 */
public record InsightText(String code, List<Object> arguments, String text) {

	public InsightText {
		arguments = List.copyOf(arguments);
	}

	static InsightText of(String code, String englishPattern, Object... arguments) {
		String text = new MessageFormat(englishPattern, Locale.ENGLISH).format(arguments);
		return new InsightText(code, List.of(arguments), text);
	}

}
