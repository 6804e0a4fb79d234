package org.backstop.app.security;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the CSRF token out of a page, as a browser's form or script would: the hidden
 * {@code _csrf} input of a form, or the {@code _csrf} and {@code _csrf_header} meta tags.
 */
public final class CsrfTokens {

	/** An element naming the token, its value in {@code value} or {@code content}. */
	private static final Pattern TOKEN_ELEMENT = Pattern
		.compile("<(?:input|meta)[^>]*name=\"(_csrf(?:_header)?)\"[^>]*>");

	private static final Pattern VALUE = Pattern.compile("(?:value|content)=\"([^\"]+)\"");

	private CsrfTokens() {
	}

	/** The token and header name a page holds, by element name. */
	public static Map<String, String> in(String html) {
		Map<String, String> found = new HashMap<>();
		Matcher element = TOKEN_ELEMENT.matcher(html);
		while (element.find()) {
			Matcher value = VALUE.matcher(element.group());
			if (value.find()) {
				found.put(element.group(1), value.group(1));
			}
		}
		return found;
	}

}
