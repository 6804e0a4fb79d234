package org.backstop.app.layout;

import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The emergency number to show: the one configured for this installation
 * ({@code BACKSTOP_EMERGENCY_NUMBER}) when set, otherwise the number of the country in
 * the person's language setting, otherwise 112, which works across Europe and on most
 * mobile phones elsewhere.
 */
@Component
public class EmergencyNumbers {

	static final String FALLBACK = "112";

	private static final Map<String, String> BY_COUNTRY = Map.ofEntries(Map.entry("US", "911"), Map.entry("CA", "911"),
			Map.entry("MX", "911"), Map.entry("AR", "911"), Map.entry("CO", "123"), Map.entry("CL", "131"),
			Map.entry("PE", "106"), Map.entry("GB", "999"), Map.entry("IE", "112"), Map.entry("ES", "112"),
			Map.entry("AU", "000"), Map.entry("NZ", "111"), Map.entry("IN", "112"), Map.entry("ZA", "112"));

	private final String configured;

	EmergencyNumbers(
			@Value("${backstop.emergency-number.configured:${BACKSTOP_EMERGENCY_NUMBER:}}") String configured) {
		this.configured = configured.strip();
	}

	public String forLocale(Locale locale) {
		if (!this.configured.isEmpty()) {
			return this.configured;
		}
		return BY_COUNTRY.getOrDefault(locale.getCountry(), FALLBACK);
	}

}
