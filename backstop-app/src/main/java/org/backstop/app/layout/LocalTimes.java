package org.backstop.app.layout;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Moments shown on pages: a date and time in the reader's language, in the server's time
 * zone (Backstop does not know the reader's), with that zone named once on the page.
 */
@Component
public class LocalTimes {

	private final ZoneId zone;

	LocalTimes(Clock clock) {
		this.zone = clock.getZone();
	}

	/** Such as "2 Dec 2026, 15:40" for English readers. */
	public String format(Instant moment, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(this.zone)
			.format(moment);
	}

	/** The zone's short name; "Z" means nothing to most people, "UTC" does. */
	public String zoneName(Locale locale) {
		ZoneId normalized = this.zone.normalized();
		return ZoneOffset.UTC.equals(normalized) ? "UTC" : normalized.getDisplayName(TextStyle.SHORT, locale);
	}

}
