package org.backstop.app.assessment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.backstop.core.AssessmentResult;
import org.backstop.core.assessment.NotSureAnswer;
import org.backstop.core.json.Coded;

/**
 * The answers a person gave as "not sure", in the wizard's own words, for the note on the
 * result page: each question, and what Backstop read it as. A symptom or history code is
 * named by its label and read as present; a yes/no as yes or no; a code by its label; a
 * number by what it means for that question.
 */
@Component
public class NotSureReadings {

	private static final String PREFIX = "assess.result.notSure.";

	private final MessageSource messages;

	NotSureReadings(MessageSource messages) {
		this.messages = messages;
	}

	/** One line per answer given as "not sure", in the result's order. */
	public List<Line> of(AssessmentResult result, Locale locale) {
		return answers(result.notSure(), locale);
	}

	/**
	 * One line per answer read the cautious way, in the given order: also for the
	 * medicine dose check, which reads its pregnancy answers as the assessment does.
	 */
	public List<Line> answers(List<NotSureAnswer> answers, Locale locale) {
		return answers.stream().map((answer) -> line(answer, locale)).toList();
	}

	private Line line(NotSureAnswer answer, Locale locale) {
		String path = answer.answer();
		for (String list : List.of("symptoms", "history")) {
			if (path.startsWith(list + ".")) {
				String code = path.substring(list.length() + 1);
				String labels = WizardStep.allFields()
					.filter((f) -> f.name().equals(list))
					.findFirst()
					.map(WizardField::labels)
					.orElse(list);
				return new Line(text("assess.code." + labels + "." + code, code, locale),
						text(PREFIX + NotSureAnswer.PRESENT, NotSureAnswer.PRESENT, locale));
			}
		}
		Optional<WizardField> field = WizardStep.allFields().filter((f) -> f.name().equals(path)).findFirst();
		String question = text("assess.q." + path, path, locale);
		Object value = answer.readAs();
		String readAs;
		if (value instanceof Boolean yes) {
			readAs = text(PREFIX + yes, yes.toString(), locale);
		}
		else if (value instanceof Number number) {
			readAs = this.messages.getMessage(PREFIX + "number." + path, new Object[] { number }, null, locale);
			if (readAs == null) {
				readAs = text(PREFIX + "readAs", number.toString(), locale, number);
			}
		}
		else if (value instanceof Coded coded) {
			String label = field.map(WizardField::labels)
				.map((labels) -> text("assess.code." + labels + "." + coded.code(), coded.code(), locale))
				.orElse(coded.code());
			readAs = text(PREFIX + "readAs", label, locale, label);
		}
		else {
			String shown = String.valueOf(value);
			readAs = text(PREFIX + "readAs", shown, locale, shown);
		}
		return new Line(question, readAs);
	}

	private String text(String key, String fallback, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, fallback, locale);
	}

	/**
	 * One answer given as "not sure".
	 *
	 * @param question the question, or the sign or condition, in the reader's language
	 * @param readAs what Backstop read it as, such as "read as yes"
	 */
	public record Line(String question, String readAs) {
	}

}
