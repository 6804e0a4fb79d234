package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backstop.app.Forms;
import org.backstop.app.Http;
import org.backstop.app.People;

/**
 * Walks the wizard as a browser without JavaScript would: loads each step, posts its form
 * with the CSRF token and follows the redirect.
 */
final class WizardWalk {

	final Http browser;

	WizardWalk(Http browser) {
		this.browser = browser;
	}

	/** The step that asks about the pain, age and sex. */
	static final int THE_PAIN = 3;

	/** The last step: pregnancy, the other signs, conditions and details. */
	static final int ANYTHING_ELSE = 4;

	/**
	 * A plain back spasm with no warning signs, step by step: "No" to both groups of
	 * signs, the pain and the person, then "None of these" with a few details.
	 */
	static List<Map<String, List<String>>> selfCare() {
		return List.of(form("urgentSigns", "none"), form("emergencySigns", "none"),
				form("pain.region", "lower_back", "pain.intensity", "4", "pain.durationDays", "2", "age", "38", "sex",
						"male"),
				form("symptomsNone", "true", "pain.radiation", "none", "function.mobility", "reduced", "pain.onset",
						"sudden", "pain.worseAtNightOrRest", "false", "pain.trauma", "minor", "selfCare.weeksTried",
						"0"));
	}

	/** The same answers, with these warning signs ticked on the last step. */
	static List<Map<String, List<String>>> withSymptoms(String... symptoms) {
		List<Map<String, List<String>>> steps = new ArrayList<>(selfCare());
		Map<String, List<String>> last = new LinkedHashMap<>(steps.get(ANYTHING_ELSE - 1));
		last.remove("symptomsNone");
		last.put("symptoms", List.of(symptoms));
		steps.set(ANYTHING_ELSE - 1, last);
		return steps;
	}

	/** The plain spasm with more answers on one step, or some taken away (null). */
	static List<Map<String, List<String>>> selfCareAlso(int step, String... pairs) {
		List<Map<String, List<String>>> steps = new ArrayList<>(selfCare());
		Map<String, List<String>> answers = new LinkedHashMap<>(steps.get(step - 1));
		for (int i = 0; i < pairs.length; i += 2) {
			answers.remove(pairs[i]);
		}
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				answers.computeIfAbsent(pairs[i], (k) -> new ArrayList<>()).add(pairs[i + 1]);
			}
		}
		steps.set(step - 1, answers);
		return steps;
	}

	/** The plain spasm with one step's answers replaced (1 for the first step). */
	static List<Map<String, List<String>>> selfCareWith(int step, Map<String, List<String>> answers) {
		List<Map<String, List<String>>> steps = new ArrayList<>(selfCare());
		steps.set(step - 1, answers);
		return steps;
	}

	/** A form from name, value pairs; a name may repeat, as checkboxes do. */
	static Map<String, List<String>> form(String... pairs) {
		Map<String, List<String>> form = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.computeIfAbsent(pairs[i], (k) -> new ArrayList<>()).add(pairs[i + 1]);
		}
		return form;
	}

	/** Answers every step, Next each time; answers the final redirect. */
	HttpResponse<String> walk(List<Map<String, List<String>>> steps) {
		HttpResponse<String> last = null;
		for (int i = 0; i < steps.size(); i++) {
			last = post(i + 1, steps.get(i), "next");
			assertThat(last.statusCode()).as("step %d: %s", i + 1, last.body()).isEqualTo(302);
		}
		assertThat(location(last)).isEqualTo("/assess/result");
		return last;
	}

	/** Loads the step and posts its form with the given answers. */
	HttpResponse<String> post(int step, Map<String, List<String>> answers, String action) {
		String token = Forms.csrfToken(this.browser.get("/assess?step=" + step));
		StringBuilder body = new StringBuilder();
		append(body, "_csrf", token);
		append(body, "step", Integer.toString(step));
		append(body, "action", action);
		answers.forEach((name, values) -> values.forEach((value) -> append(body, name, value)));
		return this.browser.post("/assess", "application/x-www-form-urlencoded",
				HttpRequest.BodyPublishers.ofString(body.toString()));
	}

	/** Posts a plain form (one value per name) with the CSRF token of a page. */
	HttpResponse<String> postForm(String page, String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", Forms.csrfToken(this.browser.get(page)));
		return this.browser.postForm(path, all);
	}

	/** Signs in through the sign-in form; answers where it sends the browser. */
	HttpResponse<String> signIn(String email) {
		HttpResponse<String> signedIn = postForm("/sign-in", "/sign-in",
				Map.of("email", email, "password", People.PASSWORD));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(location(signedIn)).doesNotContain("error");
		return signedIn;
	}

	/** The redirect's target, as a path. */
	static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
	}

	private static void append(StringBuilder body, String name, String value) {
		body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
	}

}
