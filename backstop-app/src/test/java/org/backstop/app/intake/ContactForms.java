package org.backstop.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.Forms;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.account.AccountService;
import org.backstop.app.account.Role;

/**
 * Fills in the contact form as a person would, only faster: the time stamp says the form
 * was handed out a minute ago, so the check for scripts lets it through.
 */
final class ContactForms {

	private ContactForms() {
	}

	/** A complete, valid form with a name that finds it again. */
	static Map<String, String> valid(FormStamps stamps, String name) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("email", People.freshEmail());
		form.put("phone", "");
		form.put("contactMethod", "either");
		form.put("contactTime", "morning");
		form.put("reason", "new_problem");
		form.put("message", "My back went this morning.");
		form.put("assessment", "");
		form.put("consentContact", "yes");
		form.put("consentPrivacy", "yes");
		form.put("website", "");
		form.put("stamp", stamps.issue(Instant.now().minusSeconds(60)));
		return form;
	}

	/**
	 * Loads the form (for its CSRF token) and posts these fields; a redirect to the
	 * confirmation is followed, as a browser does.
	 */
	static HttpResponse<String> post(Http browser, String path, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", Forms.csrfToken(browser, path));
		return followed(browser, browser.postForm(path, withToken));
	}

	/** The page a redirect after a post leads to; any other answer as it is. */
	static HttpResponse<String> followed(Http browser, HttpResponse<String> posted) {
		if (posted.statusCode() != 302 && posted.statusCode() != 303) {
			return posted;
		}
		return browser.get(posted.headers().firstValue("Location").orElseThrow());
	}

	static String marker() {
		return "Pat " + UUID.randomUUID().toString().substring(0, 8);
	}

	static long stored(JdbcClient jdbc, String name) {
		return jdbc.sql("SELECT COUNT(*) FROM intake_request WHERE name = ?").param(name).query(Long.class).single();
	}

	/** A new account with this role; answers its email. */
	static String account(AccountService accounts, Role role) {
		String email = People.freshEmail();
		var made = accounts.signUp(email, People.PASSWORD, "Dr " + email.substring(7, 12), role);
		assertThat(made.isValid()).as(String.valueOf(made)).isTrue();
		return email;
	}

	/** A signed-in browser of a new account with this role. */
	static Http signedIn(int port, AccountService accounts, Role role) {
		return People.signedIn(port, account(accounts, role));
	}

}
