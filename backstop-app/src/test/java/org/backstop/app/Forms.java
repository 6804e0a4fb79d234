package org.backstop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

}
