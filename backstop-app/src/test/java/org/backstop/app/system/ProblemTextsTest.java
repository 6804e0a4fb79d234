package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.CodedText;
import org.backstop.core.problem.Violation;

/**
 * Problems and the dose check's words in the reader's language, from the real bundles:
 * arguments filled in, names said in the same language, numbers grouped as the language
 * groups them, and the English words when there is no translation.
 */
class ProblemTextsTest {

	private static final Locale SPANISH = Locale.forLanguageTag("es-ES");

	private final ProblemTexts texts = new ProblemTexts(bundles());

	@Test
	void aProblemIsSaidInSpanishWithItsArguments() {
		Violation range = Violation.of("everyHours", "reminder.every_hours_range",
				"must be a whole number of hours from 1 to {0}", 12);
		assertThat(range.message()).isEqualTo("must be a whole number of hours from 1 to 12");
		assertThat(this.texts.text(range, SPANISH)).isEqualTo("debe ser un número entero de horas entre 1 y 12");
	}

	@Test
	void aNameAmongTheArgumentsAndMilligramsAreSaidAsTheLanguageSaysThem() {
		CodedText ibuprofen = CodedText.of("medicine.ibuprofen", "ibuprofen");
		CodedText reason = CodedText.of("dose.over_daily_max",
				"You have taken {0,number,#,##0} mg of {1} in the last 24 hours, more than the daily maximum of {2,number,#,##0} mg.",
				1600, ibuprofen, 1200);
		assertThat(reason.english()).startsWith("You have taken 1,600 mg of ibuprofen");
		assertThat(this.texts.text(reason, SPANISH)).startsWith("Has tomado 1.600 mg de ibuprofeno")
			.contains("máximo diario de 1.200 mg");
	}

	@Test
	void aDurationIsCountedInWords() {
		CodedText wait = CodedText.of("dose.next_in", "You can take {0} again in {1}.",
				CodedText.of("medicine.naproxen", "naproxen"), CodedText.of("time.hours_minutes",
						"{0,choice,1#1 hour|1<{0} hours} {1,choice,1#1 minute|1<{1} minutes}", 1, 30));
		assertThat(wait.english()).isEqualTo("You can take naproxen again in 1 hour 30 minutes.");
		assertThat(this.texts.text(wait, SPANISH))
			.isEqualTo("Podrás volver a tomar naproxeno dentro de 1 hora y 30 minutos.");
	}

	@Test
	void notSureIsAddedInTheSameLanguage() {
		Violation bad = Violation.of("pain.trauma", "boolean.expected" + JsonFields.OR_NOT_SURE,
				"must be true or false; or \"not_sure\" when the person cannot say");
		assertThat(this.texts.text(bad, SPANISH))
			.isEqualTo("debe ser sí o no (true o false); o «not_sure» si la persona no lo sabe");
	}

	@Test
	void aCodeWithoutWordsKeepsItsEnglish() {
		CodedText unknown = CodedText.of("not.in.any.bundle", "plain English, {0}", "still");
		assertThat(this.texts.text(unknown, SPANISH)).isEqualTo("plain English, still");
		assertThat(this.texts.text(unknown, Locale.ENGLISH)).isEqualTo("plain English, still");
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/problems");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
