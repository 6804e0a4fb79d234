package org.backstop.app.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.CodedText;
import org.backstop.core.problem.Violation;

/**
 * Every problem a page shows, and every other coded text of the core (the dose check's
 * reasons and warnings), in the reader's language: the pattern under
 * {@code problem.<code>} in {@code messages/problems_<language>.properties}, filled with
 * the text's arguments; the English words when there is none. A problem whose answer
 * could also have been "not sure" ({@code ...or_not_sure}) is its problem's words and
 * then {@code problem.or_not_sure}'s.
 */
@Component
public class ProblemTexts {

	/** Begins the key of every problem text. */
	public static final String PREFIX = "problem.";

	private final MessageSource messages;

	ProblemTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** What is wrong, in the reader's language. */
	public String text(Violation violation, Locale locale) {
		return text(violation.text(), locale);
	}

	public String text(CodedText text, Locale locale) {
		String translated = translation(text.code(), text.arguments(), locale);
		return (translated != null) ? translated : text.english();
	}

	/**
	 * The first problem of each field a page names: {@code fieldOf} turns a violation's
	 * path into the page's name for it.
	 */
	public Map<String, String> byField(List<Violation> violations, Function<String, String> fieldOf, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (Violation violation : violations) {
			errors.computeIfAbsent(fieldOf.apply(violation.field()), (field) -> text(violation, locale));
		}
		return errors;
	}

	private String translation(String code, List<Object> arguments, Locale locale) {
		String pattern = pattern(code, locale);
		if (pattern != null) {
			return CodedText.format(pattern, locale, said(arguments, locale));
		}
		if (code.endsWith(JsonFields.OR_NOT_SURE)) {
			String problem = translation(code.substring(0, code.length() - JsonFields.OR_NOT_SURE.length()), arguments,
					locale);
			String orNotSure = pattern("or_not_sure", locale);
			if (problem != null && orNotSure != null) {
				return CodedText.format(orNotSure, locale, List.of(problem));
			}
		}
		return null;
	}

	/** A name or a duration among the arguments, said in the same language. */
	private List<Object> said(List<Object> arguments, Locale locale) {
		return arguments.stream()
			.map((argument) -> (argument instanceof CodedText nested) ? (Object) text(nested, locale) : argument)
			.toList();
	}

	/** The raw pattern: without arguments, the message source leaves it unformatted. */
	private String pattern(String code, Locale locale) {
		return this.messages.getMessage(PREFIX + code, null, null, locale);
	}

}
