package org.backstop.app.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backstop.app.assess.WizardWalk.form;
import static org.backstop.app.assess.WizardWalk.location;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.core.assessment.Symptom;

/** The wizard over real HTTP, as a browser without JavaScript uses it. */
@ApiTest
class WizardTest {

	@LocalServerPort
	int port;

	private WizardWalk walk(String language) {
		return new WizardWalk(Http.browser(this.port).withHeader("Accept-Language", language));
	}

	@Test
	void stepByStepToTheResult() {
		WizardWalk walk = walk("en-GB");
		HttpResponse<String> first = walk.browser.get("/assess");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body())
			.contains("id=\"wizard\"", "Step 1 of 6", "<progress id=\"wizard-progress\"", "max=\"6\"", "value=\"1\"",
					"Where does it hurt?", "name=\"pain.region\" value=\"lower_back\"", "id=\"next\"",
					"/css/assess.css")
			.doesNotContain("id=\"back\"");
		List<Map<String, List<String>>> steps = WizardWalk.selfCare();
		for (int i = 0; i < steps.size() - 1; i++) {
			HttpResponse<String> next = walk.post(i + 1, steps.get(i), "next");
			assertThat(next.statusCode()).as(next.body()).isEqualTo(302);
			assertThat(location(next)).isEqualTo("/assess?step=" + (i + 2));
		}
		HttpResponse<String> last = walk.browser.get("/assess?step=6");
		assertThat(last.body()).contains("Step 6 of 6", "See my result", "id=\"back\"", "name=\"pregnancyWeeks\"",
				"name=\"history\" value=\"anticoagulants\"", "Tick all that apply.",
				"name=\"preferences.currentMedicines\" value=\"ibuprofen\"");
		HttpResponse<String> finished = walk.post(6, steps.get(5), "next");
		assertThat(location(finished)).isEqualTo("/assess/result");
		assertThat(walk.browser.get("/assess/result").body()).contains("data-level=\"self_care\"");
	}

	@Test
	void backAndNextNeverLoseAnswers() {
		WizardWalk walk = walk("en");
		walk.post(1, form("pain.region", "neck", "pain.radiation", "none"), "next");
		walk.post(2, form("pain.intensity", "6", "function.mobility", "severely_limited"), "next");
		walk.post(3, form("pain.onset", "gradual", "pain.durationDays", "12"), "next");
		// Back from step 4 keeps what was typed there, even unchecked.
		HttpResponse<String> back = walk.post(4, form("pain.trauma", "major", "selfCare.weeksTried", "x"), "back");
		assertThat(location(back)).isEqualTo("/assess?step=3");
		assertThat(walk.browser.get("/assess?step=3").body()).contains("value=\"12\"",
				"id=\"pain-onset-gradual\" type=\"radio\" name=\"pain.onset\" value=\"gradual\" checked");
		assertThat(walk.browser.get("/assess?step=2").body()).contains("value=\"6\"",
				"value=\"severely_limited\" checked");
		assertThat(walk.browser.get("/assess?step=1").body()).contains("value=\"neck\" checked");
		assertThat(walk.browser.get("/assess?step=4").body()).contains("value=\"major\" checked", "value=\"x\"");
		HttpResponse<String> restarted = walk.postForm("/assess", "/assess/restart", Map.of());
		assertThat(location(restarted)).isEqualTo("/assess");
		assertThat(walk.browser.get("/assess?step=1").body()).doesNotContain("checked");
	}

	@Test
	void aBadValueIsNamedBesideItsFieldAndTheOtherAnswersStay() {
		WizardWalk walk = walk("en");
		HttpResponse<String> bad = walk.post(2, form("pain.intensity", "11", "function.mobility", "reduced"), "next");
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("id=\"error-summary\"", "href=\"#pain-intensity\"",
				"id=\"pain-intensity-error\"", "Write a whole number from 0 to 10", "aria-invalid=\"true\"",
				"aria-describedby=\"pain-intensity-error pain-intensity-hint\"", "value=\"11\"",
				"value=\"reduced\" checked", "Step 2 of 6", "<title>Please check your answers: step 2 of 6");
		HttpResponse<String> words = walk.post(2, form("pain.intensity", "seven"), "next");
		assertThat(words.body()).contains("Write a whole number from 0 to 10", "value=\"seven\"");
		HttpResponse<String> missing = walk.post(1, form("pain.radiation", "none"), "next");
		assertThat(missing.body()).contains("id=\"error-summary\"", "href=\"#pain-region-neck\"",
				"Choose where the pain is.", "value=\"none\" checked");
		HttpResponse<String> good = walk.post(2, form("pain.intensity", "7"), "next");
		assertThat(location(good)).isEqualTo("/assess?step=3");
	}

	@Test
	void theWarningSignsNeedAnExplicitAnswer() {
		WizardWalk walk = walk("en");
		HttpResponse<String> page = walk.browser.get("/assess?step=5");
		for (Symptom symptom : Symptom.values()) {
			assertThat(page.body()).contains("name=\"symptoms\" value=\"" + symptom.code() + "\"");
		}
		assertThat(page.body()).contains("<legend>Bladder, bowel and between the legs</legend>",
				"Numbness between my legs or around my back passage", "None of these");
		HttpResponse<String> skipped = walk.post(5, form(), "next");
		assertThat(skipped.statusCode()).isEqualTo(200);
		assertThat(skipped.body()).contains("id=\"symptoms-error\"", "or tick “None of these”");
		HttpResponse<String> both = walk.post(5, form("symptoms", "fever", "symptomsNone", "true"), "next");
		assertThat(both.body()).contains("also “None of these”").containsPattern("value=\"fever\"[^>]*checked");
		HttpResponse<String> unknown = walk.post(5, form("symptoms", "sadle_numbness"), "next");
		assertThat(unknown.body()).contains("was not understood");
		assertThat(location(walk.post(5, form("symptomsNone", "true"), "next"))).isEqualTo("/assess?step=6");
	}

	@Test
	void theLastStepChecksEverythingAndSendsThePersonToWhatIsMissing() {
		WizardWalk walk = walk("en");
		HttpResponse<String> skippedAhead = walk.post(6, form("age", "40", "sex", "female"), "next");
		assertThat(skippedAhead.statusCode()).isEqualTo(200);
		assertThat(skippedAhead.body()).contains("Step 1 of 6", "Choose where the pain is.");
		HttpResponse<String> pregnancy = walk.post(6, form("age", "40", "sex", "male", "pregnant", "true"), "next");
		assertThat(pregnancy.body()).contains("Step 6 of 6", "it does not fit the sex you chose")
			.doesNotContain("Write the weeks of pregnancy");
		HttpResponse<String> age = walk.post(6, form("age", "130", "sex", "female"), "next");
		assertThat(age.body()).contains("Write your age in years", "value=\"130\"");
		assertThat(walk.browser.get("/assess/result").statusCode()).isEqualTo(302);
	}

	@Test
	void theScriptIsServedAndOptional() {
		HttpResponse<String> script = new Http(this.port).get("/js/assess.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).contains("error-summary");
	}

	@Test
	void spanishFromTheBrowser() {
		HttpResponse<String> five = walk("es-ES").browser.get("/assess?step=5");
		assertThat(five.body()).contains("<html lang=\"es\"", "Paso 5 de 6", "Señales de alarma",
				"No puedo orinar, o la vejiga no se vacía", "Ninguna de estas", "Siguiente", "Atrás", "llama al 112")
			.doesNotContain("Next", "Step 5");
		HttpResponse<String> six = walk("es-MX").browser.get("/assess?step=6");
		assertThat(six.body()).contains("Sobre ti", "Ver mi resultado", "Tomo anticoagulantes", "Paracetamol");
	}

}
