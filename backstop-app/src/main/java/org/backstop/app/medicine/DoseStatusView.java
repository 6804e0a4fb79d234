package org.backstop.app.medicine;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.backstop.app.system.ProblemTexts;
import org.backstop.core.medicine.MedicineStatus;

/**
 * One medicine's status as the page shows it: the core's answer, with its next time in
 * the person's own time zone and its reasons and warnings in their language.
 *
 * @param code the ingredient code
 * @param state {@code now}, {@code later} or {@code advice} (not without advice)
 * @param nextAt when the next dose is allowed, in the person's zone, or {@code null}
 * @param status the core's answer
 * @param reasons the core's reasons, in the reader's language
 * @param warnings the core's warnings, in the reader's language
 */
record DoseStatusView(String code, String state, String nextAt, MedicineStatus status, List<String> reasons,
		List<Warning> warnings) {

	static DoseStatusView of(MedicineStatus status, ZoneId zone, Locale locale, ProblemTexts texts) {
		String state = status.allowedNow() ? "now" : (status.nextAllowedAt() != null) ? "later" : "advice";
		String nextAt = (status.nextAllowedAt() == null) ? null
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(locale)
					.format(status.nextAllowedAt().atZone(zone));
		return new DoseStatusView(status.medicine().code(), state, nextAt, status,
				status.because().stream().map((reason) -> texts.text(reason, locale)).toList(),
				status.warnings()
					.stream()
					.map((warning) -> new Warning(warning.code(), texts.text(warning.wording(), locale),
							warning.source()))
					.toList());
	}

	/** Over the daily maximum: said in words as well as shown by the meter. */
	public boolean over() {
		return this.status.usedMgLast24h() > this.status.dailyMaxMg();
	}

	/** Where the meter turns to "high": the core's near-the-maximum share. */
	public int meterHigh() {
		return this.status.dailyMaxMg() * org.backstop.core.medicine.DoseGuard.NEAR_DAILY_MAX_PERCENT / 100;
	}

	/**
	 * A warning as the page shows it.
	 *
	 * @param code the core's warning code
	 * @param text what it means, in the reader's language
	 * @param source the sources, by short name
	 */
	record Warning(String code, String text, String source) {

	}

}
