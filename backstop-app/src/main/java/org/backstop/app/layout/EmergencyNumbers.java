package org.backstop.app.layout;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The numbers to call, by the person's country: the emergency number configured for this
 * installation ({@code BACKSTOP_EMERGENCY_NUMBER}) when set; otherwise the number of the
 * country the person chose ({@value #COUNTRY_COOKIE}), else of the region their browser
 * asks for (Accept-Language: {@code en-US} is the United States), else 112, which works
 * across Europe and on most mobile phones elsewhere. The language switch changes the
 * words only, never the country: it is read from the browser's own header, not from the
 * language the pages are shown in. Where a country has a national number for urgent
 * medical advice that is not an emergency (the UK's 111), it is offered beside the
 * emergency department.
 */
@Component
public class EmergencyNumbers {

	static final String FALLBACK = "112";

	/** The cookie that keeps the country a person chose. */
	public static final String COUNTRY_COOKIE = "BACKSTOP_COUNTRY";

	private static final Map<String, String> BY_COUNTRY = Map.ofEntries(Map.entry("US", "911"), Map.entry("CA", "911"),
			Map.entry("MX", "911"), Map.entry("AR", "911"), Map.entry("CO", "123"), Map.entry("CL", "131"),
			Map.entry("PE", "106"), Map.entry("GB", "999"), Map.entry("IE", "112"), Map.entry("ES", "112"),
			Map.entry("AU", "000"), Map.entry("NZ", "111"), Map.entry("IN", "112"), Map.entry("ZA", "112"));

	/**
	 * National numbers for urgent medical advice, staffed day and night: NHS 111 (UK),
	 * Healthline (New Zealand) and healthdirect (Australia).
	 */
	private static final Map<String, String> URGENT_ADVICE = Map.of("GB", "111", "NZ", "0800611116", "AU",
			"1800022222");

	/** The countries a person may choose, in code order. */
	public static final List<String> COUNTRIES = List.copyOf(new TreeSet<>(BY_COUNTRY.keySet()));

	private final String configured;

	EmergencyNumbers(
			@Value("${backstop.emergency-number.configured:${BACKSTOP_EMERGENCY_NUMBER:}}") String configured) {
		this.configured = configured.strip();
	}

	/** The emergency number for a country code, such as {@code US}, or empty for none. */
	public String forCountry(String country) {
		if (!this.configured.isEmpty()) {
			return this.configured;
		}
		return BY_COUNTRY.getOrDefault(country, FALLBACK);
	}

	/** The national number for urgent medical advice, where the country has one. */
	public Optional<String> urgentAdvice(String country) {
		return Optional.ofNullable(URGENT_ADVICE.get(country));
	}

	/**
	 * The person's country: the one they chose, else the first region their browser asks
	 * for, else the empty string.
	 */
	public static String countryOf(HttpServletRequest request) {
		// Chosen on this request: a country, or "" for the browser's own again.
		Object chosenNow = request.getAttribute(COUNTRY_COOKIE);
		if (chosenNow instanceof String country && !country.isEmpty()) {
			return country;
		}
		if (chosenNow == null && request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COUNTRY_COOKIE.equals(cookie.getName()) && isKnown(cookie.getValue())) {
					return cookie.getValue();
				}
			}
		}
		// The header itself, not the resolved locale, which the language switch replaces.
		if (request.getHeader("Accept-Language") != null) {
			for (Locale locale : Collections.list(request.getLocales())) {
				if (!locale.getCountry().isEmpty()) {
					return locale.getCountry();
				}
			}
		}
		return "";
	}

	/** Whether a person may choose this country code. */
	public static boolean isKnown(String country) {
		return country != null && BY_COUNTRY.containsKey(country);
	}

}
