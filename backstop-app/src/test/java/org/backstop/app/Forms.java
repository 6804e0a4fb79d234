package org.backstop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a browser would from a page's form, for tests that post forms. */
public final class Forms {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private Forms() {
	}

	/** The CSRF token of the form on the page; loading it starts a session if needed. */
	public static String csrfToken(Http browser, String page) {
		return csrfToken(browser.get(page));
	}

	public static String csrfToken(HttpResponse<String> page) {
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("a CSRF token in " + page.body()).isTrue();
		return csrf.group(1).replace("&#x2d;", "-");
	}

	/**
	 * Posts a form as the browser would from {@code formPage}: with that page's CSRF
	 * token and the fields in order, a name repeated for each ticked checkbox.
	 */
	public static HttpResponse<String> post(Http browser, String formPage, String path,
			List<Map.Entry<String, String>> fields) {
		return browser.post(path, "application/x-www-form-urlencoded",
				HttpRequest.BodyPublishers.ofString(body(csrfToken(browser, formPage), fields)));
	}

	/** A form's body: the CSRF token, then the fields in order, URL-encoded. */
	public static String body(String csrf, List<Map.Entry<String, String>> fields) {
		StringBuilder body = new StringBuilder("_csrf=" + encoded(csrf));
		fields.forEach((f) -> body.append('&').append(encoded(f.getKey())).append('=').append(encoded(f.getValue())));
		return body.toString();
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
