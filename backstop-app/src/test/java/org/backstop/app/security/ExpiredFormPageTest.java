package org.backstop.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;

/**
 * A form sent without a valid CSRF token, as after the page stayed open past the session,
 * answers Backstop's own page in the person's language with the form again: what was
 * typed is kept, passwords are asked for again, and one press sends it with a fresh
 * token.
 */
@ApiTest
class ExpiredFormPageTest {

	private static final Pattern HIDDEN = Pattern
		.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	@LocalServerPort
	int port;

	@Test
	void aSignUpWithoutItsTokenIsShownAgainWithWhatWasTypedButNotThePassword() {
		Http browser = Http.browser(this.port).withHeader("Sec-Fetch-Site", "same-origin");
		String email = People.freshEmail();
		HttpResponse<String> refused = browser.postForm("/sign-up",
				Map.of("email", email, "displayName", "Ana <b>María</b>", "password", People.PASSWORD));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(Http.contentType(refused)).startsWith("text/html");
		assertThat(refused.body())
			.contains("Your form was not sent yet", "action=\"/sign-up\"",
					"type=\"password\" id=\"retype-0\" name=\"password\"", "Ana &lt;b&gt;María&lt;/b&gt;")
			.doesNotContain(People.PASSWORD, "Whitelabel", "<b>María");
		Map<String, String> kept = hiddenFields(refused.body());
		assertThat(kept).containsEntry("email", email).containsKey("_csrf").doesNotContainKey("password");

		Map<String, String> again = new LinkedHashMap<>(kept);
		again.put("_csrf", again.get("_csrf").replace("&#x2d;", "-"));
		again.put("password", People.PASSWORD);
		HttpResponse<String> sent = browser.postForm("/sign-up", again);
		assertThat(sent.statusCode()).as(sent.body()).isBetween(200, 303).isNotEqualTo(403);
		People.token(new Http(this.port), email, "read");
	}

	@Test
	void aStaleTokenOnTheWizardKeepsTheStepsAnswersInThePersonsLanguage() {
		Http browser = Http.browser(this.port)
			.withHeader("Accept-Language", "es")
			.withHeader("Sec-Fetch-Site", "same-origin");
		browser.get("/assess");
		HttpResponse<String> refused = browser.postForm("/assess", Map.of("step", "3", "pain.region", "neck",
				"pain.intensity", "4", "pain.durationDays", "4", "age", "40", "sex", "female", "_csrf", "stale"));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body())
			.contains("lang=\"es\"", "Tu formulario aún no se ha enviado", "Enviar de nuevo", "action=\"/assess\"")
			.doesNotContain("type=\"password\"");
		Map<String, String> kept = hiddenFields(refused.body());
		assertThat(kept).containsEntry("pain.region", "neck").containsEntry("age", "40");
		assertThat(kept.get("_csrf")).isNotEqualTo("stale");
		kept.put("_csrf", kept.get("_csrf").replace("&#x2d;", "-"));
		HttpResponse<String> sent = browser.postForm("/assess", kept);
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElse("")).endsWith("/assess?step=4");
		assertThat(browser.get("/assess?step=3").body()).contains("value=\"neck\" checked");
	}

	@Test
	void aPostFromAnotherSiteIsExplainedButNeverOfferedAgain() {
		Map<String, String> forged = Map.of("kind", "exercise", "label", "Forged", "times", "09:00");
		for (Http sender : List.of(Http.browser(this.port).withHeader("Sec-Fetch-Site", "cross-site"),
				Http.browser(this.port).withHeader("Origin", "https://evil.example"), Http.browser(this.port))) {
			HttpResponse<String> refused = sender.postForm("/account/reminders", forged);
			assertThat(refused.statusCode()).isEqualTo(403);
			assertThat(refused.body()).contains("Your form was not sent yet")
				.doesNotContain("Send again", "Forged", "action=\"/account/reminders\"", "type=\"hidden\"");
		}
	}

	@Test
	void otherRefusalsOfAPageAreNotTurnedIntoAFormAndTheApiStillAnswersProblems() {
		HttpResponse<String> api = Http.browser(this.port).get("/form-expired");
		assertThat(api.body()).contains("Your form was not sent yet")
			.doesNotContain("<form class=\"form-expired\"", "Send again");
		HttpResponse<String> signedOut = new Http(this.port).withHeader("Cookie", "BACKSTOP_SESSION=made-up")
			.postJson("/api/v1/assessments", "{}");
		assertThat(signedOut.statusCode()).isEqualTo(403);
		assertThat(Http.contentType(signedOut)).startsWith("application/problem+json");
	}

	private static Map<String, String> hiddenFields(String page) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher hidden = HIDDEN.matcher(page);
		while (hidden.find()) {
			fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
		}
		return fields;
	}

}
