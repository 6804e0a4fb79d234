package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backstop.app.assessment.WizardWalk.form;
import static org.backstop.app.assessment.WizardWalk.location;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.core.AssessmentEngine;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Question;
import org.backstop.core.assessment.Symptom;

/** The wizard over real HTTP, as a browser without JavaScript uses it. */
@ApiTest
class WizardTest {

	@LocalServerPort
	int port;

	@Autowired
	ResultCache results;

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
	void nextChecksAStepWithTheReaderAloneAndTheResultIsAssessedOncePerChangeOfAnswers() {
		WizardWalk walk = walk("en");
		List<Map<String, List<String>>> steps = WizardWalk.selfCare();
		long before = this.results.engineRuns();
		for (int i = 0; i < steps.size() - 1; i++) {
			assertThat(location(walk.post(i + 1, steps.get(i), "next"))).isEqualTo("/assess?step=" + (i + 2));
		}
		assertThat(walk.post(2, form("pain.intensity", "11"), "next").body()).contains("id=\"pain-intensity-error\"");
		assertThat(location(walk.post(2, steps.get(1), "next"))).isEqualTo("/assess?step=3");
		assertThat(this.results.engineRuns()).as("engine runs for Next and a refused step").isEqualTo(before);
		assertThat(location(walk.post(6, steps.get(5), "next"))).isEqualTo("/assess/result");
		for (int view = 0; view < 3; view++) {
			assertThat(walk.browser.get("/assess/result").body()).contains("data-level=\"self_care\"");
		}
		assertThat(this.results.engineRuns()).as("engine runs for the last step and three views of the result")
			.isEqualTo(before + 1);
		// Changed answers are assessed again, once.
		walk.post(3, form("pain.onset", "gradual", "pain.durationDays", "20"), "next");
		assertThat(location(walk.post(6, steps.get(5), "next"))).isEqualTo("/assess/result");
		walk.browser.get("/assess/result");
		assertThat(this.results.engineRuns()).isEqualTo(before + 2);
	}

	@Test
	void theWizardAndItsResultRunTheEngineOnlyThroughTheirCache() {
		JavaClasses assessment = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.backstop.app.assessment");
		// The API, the command line and the stored history assess on their own; the
		// wizard's and the result page's classes go through the cache.
		ArchRuleDefinition.noClasses()
			.that()
			.haveSimpleNameStartingWith("Wizard")
			.or()
			.haveSimpleNameStartingWith("Result")
			.and()
			.doNotHaveFullyQualifiedName(ResultCache.class.getName())
			.should()
			.callMethodWhere(JavaCall.Predicates
				.target(HasOwner.Predicates.With.owner(JavaClass.Predicates.equivalentTo(AssessmentEngine.class))))
			.check(assessment);
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
				"id=\"pain-intensity-error\"", "from 0 to 10", "aria-invalid=\"true\"",
				"aria-describedby=\"pain-intensity-error pain-intensity-hint\"", "value=\"11\"",
				"value=\"reduced\" checked", "Step 2 of 6", "<title>Please check your answers: step 2 of 6");
		HttpResponse<String> words = walk.post(2, form("pain.intensity", "seven"), "next");
		assertThat(words.body()).contains("from 0 to 10", "value=\"seven\"");
		HttpResponse<String> missing = walk.post(1, form("pain.radiation", "none"), "next");
		assertThat(missing.body()).contains("id=\"error-summary\"", "href=\"#pain-region-neck\"",
				"Choose where the pain is.", "value=\"none\" checked");
		HttpResponse<String> good = walk.post(2, form("pain.intensity", "7"), "next");
		assertThat(location(good)).isEqualTo("/assess?step=3");
	}

	@Test
	void whatTheReaderFindsWrongIsSaidInTheReadersLanguageAsOnEveryPage() {
		WizardWalk walk = walk("es");
		HttpResponse<String> bad = walk.post(2, form("pain.intensity", "11"), "next");
		assertThat(bad.body()).contains("id=\"pain-intensity-error\"", "entre 0 y 10");
		HttpResponse<String> missing = walk.post(1, form(), "next");
		assertThat(missing.body()).contains("Elige dónde está el dolor.");
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
	void everyQuestionThatTakesNotSureOffersItOnItsStep() {
		WizardWalk walk = walk("en");
		for (Question question : Question.values()) {
			WizardStep step = WizardStep.asking(question.code());
			String page = walk.browser.get("/assess?step=" + step.number()).body();
			String id = question.code().replace('.', '-') + "-not_sure";
			assertThat(page).as(question.code())
				.contains("id=\"" + id + "\"", "name=\"" + question.code() + "\" value=\"not_sure\"")
				.containsPattern("<label [^>]*for=\"" + id + "\"");
		}
		String signs = walk.browser.get("/assess?step=5").body();
		for (Symptom symptom : Symptom.values()) {
			assertThat(signs).contains("id=\"symptomsNotSure-" + symptom.code() + "\"",
					"name=\"symptomsNotSure\" value=\"" + symptom.code() + "\"");
		}
		// The small box says which sign it is about to a screen reader.
		assertThat(signs).contains("Not sure</span><span class=\"visually-hidden\">: Numbness between my legs");
		String aboutYou = walk.browser.get("/assess?step=6").body();
		for (History history : History.values()) {
			assertThat(aboutYou).contains("name=\"historyNotSure\" value=\"" + history.code() + "\"");
		}
		// Where the legs come in, the question says when it applies.
		assertThat(walk.browser.get("/assess?step=1").body()).contains("id=\"pain-legSymptomsDays\"",
				"Only if the pain, numbness or tingling is in both legs");
	}

	@Test
	void aNotSureRadioReachesTheEngineAsNotSureAndTheResultSaysHowItWasRead() {
		WizardWalk walk = walk("en");
		walk.walk(WizardWalk.selfCareWith(1, form("pain.region", "lower_back", "pain.radiation", "not_sure")));
		String page = walk.browser.get("/assess/result").body();
		// Read as both legs, two days in: the emergency department.
		assertThat(page).contains("data-level=\"emergency\"", "id=\"not-sure\"",
				"You were not sure about some answers. Backstop answered as if each was the more serious possibility:",
				"Does the pain spread anywhere?</span> — <strong>read as: Into both legs</strong>",
				"If you can find out, answer again.");
		// Back on the first step, "not sure" is still chosen.
		assertThat(walk.browser.get("/assess?step=1").body())
			.containsPattern("name=\"pain.radiation\" value=\"not_sure\"[^>]*checked");
	}

	@Test
	void notSureAboutSaddleNumbnessWithSciaticaIsAnEmergency() {
		WizardWalk walk = walk("en");
		List<Map<String, List<String>>> steps = WizardWalk.selfCareWith(1,
				form("pain.region", "lower_back", "pain.radiation", "below_knee"));
		steps.set(4, form("symptomsNotSure", "saddle_numbness"));
		walk.walk(steps);
		String page = walk.browser.get("/assess/result").body();
		assertThat(page).contains("data-level=\"emergency\"", "id=\"reason-cauda_equina_suspected\"",
				"Numbness between my legs or around my back passage</span> — <strong>read as present</strong>");
		// Without the "not sure", the same answers are not an emergency.
		WizardWalk sure = walk("en");
		steps.set(4, form("symptomsNone", "true"));
		sure.walk(steps);
		assertThat(sure.browser.get("/assess/result").body()).doesNotContain("data-level=\"emergency\"",
				"id=\"not-sure\"");
	}

	@Test
	void aSignTickedAsHadAndAsNotSureCountsAsHadAndNotSureFitsWithNoneOfThese() {
		WizardWalk both = walk("en");
		both.walk(
				WizardWalk.selfCareWith(5, form("symptoms", "saddle_numbness", "symptomsNotSure", "saddle_numbness")));
		assertThat(both.browser.get("/assess/result").body()).contains("data-level=\"emergency\"")
			.doesNotContain("id=\"not-sure\"");
		WizardWalk unsure = walk("en");
		HttpResponse<String> noneButOne = unsure.post(5, form("symptomsNone", "true", "symptomsNotSure", "fever"),
				"next");
		assertThat(location(noneButOne)).isEqualTo("/assess?step=6");
		assertThat(unsure.browser.get("/assess?step=5").body())
			.containsPattern("id=\"symptomsNotSure-fever\"[^>]*checked");
	}

	@Test
	void aNumberNotSureIsReadAsItsMostUrgentValue() {
		WizardWalk walk = walk("en");
		List<Map<String, List<String>>> steps = WizardWalk.selfCareWith(1, form("pain.region", "lower_back",
				"pain.radiation", "both_legs", "pain.legSymptomsDays", "60", "pain.legSymptomsDays", "not_sure"));
		steps.set(2, form("pain.onset", "gradual", "pain.durationDays", "90", "pain.worseAtNightOrRest", "false"));
		walk.walk(steps);
		String page = walk.browser.get("/assess/result").body();
		// Both legs for all we know since today: the emergency department.
		assertThat(page).contains("data-level=\"emergency\"", "— <strong>read as today</strong>");
		// The typed number stays in its box beside the ticked "not sure".
		assertThat(walk.browser.get("/assess?step=1").body()).contains("value=\"60\"")
			.containsPattern("id=\"pain-legSymptomsDays-not_sure\"[^>]*checked");
		// Typed alone, 60 days of both legs is long-standing: not an emergency.
		WizardWalk known = walk("en");
		steps.set(0, form("pain.region", "lower_back", "pain.radiation", "both_legs", "pain.legSymptomsDays", "60"));
		known.walk(steps);
		assertThat(known.browser.get("/assess/result").body()).doesNotContain("data-level=\"emergency\"",
				"id=\"not-sure\"");
	}

	@Test
	void notSureAboutAConditionOrAYesNoIsNamedOnTheResult() {
		WizardWalk walk = walk("en");
		List<Map<String, List<String>>> steps = WizardWalk.selfCareWith(6,
				form("age", "40", "sex", "female", "pregnant", "not_sure", "historyNotSure", "cancer"));
		steps.set(2, form("pain.onset", "sudden", "pain.durationDays", "30", "pain.worseAtNightOrRest", "not_sure"));
		steps.set(3, form("pain.trauma", "minor", "selfCare.weeksTried", "not_sure", "selfCare.improving", "not_sure"));
		walk.walk(steps);
		String page = walk.browser.get("/assess/result").body();
		assertThat(page).contains("I have or have had cancer</span> — <strong>read as present</strong>",
				"Is it worse at night or when you rest?</span> — <strong>read as yes</strong>",
				"Is it getting better?</span> — <strong>read as no</strong>",
				"For how many weeks have you tried to ease it yourself?</span> — <strong>read as 4 weeks</strong>",
				"Are you pregnant?</span> — <strong>read as ");
	}

	@Test
	void theLastStepChecksEverythingAndSendsThePersonToWhatIsMissing() {
		WizardWalk walk = walk("en");
		HttpResponse<String> skippedAhead = walk.post(6, form("age", "40", "sex", "female"), "next");
		assertThat(skippedAhead.statusCode()).isEqualTo(200);
		assertThat(skippedAhead.body()).contains("Step 1 of 6", "Choose where the pain is.");
		HttpResponse<String> pregnancy = walk.post(6, form("age", "40", "sex", "male", "pregnant", "true"), "next");
		assertThat(pregnancy.body()).contains("Step 6 of 6", "cannot be yes when sex is male")
			.doesNotContain("id=\"pregnancyWeeks-error\"");
		HttpResponse<String> age = walk.post(6, form("age", "130", "sex", "female"), "next");
		assertThat(age.body()).contains("must be from 0 to 120", "value=\"130\"");
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
		assertThat(six.body()).contains("Sobre ti", "Ver mi resultado", "Tomo anticoagulantes", "Paracetamol",
				"No estoy seguro/a");
		WizardWalk unsure = walk("es-ES");
		List<Map<String, List<String>>> steps = WizardWalk.selfCareWith(1,
				form("pain.region", "lower_back", "pain.radiation", "below_knee"));
		steps.set(4, form("symptomsNotSure", "saddle_numbness"));
		unsure.walk(steps);
		assertThat(unsure.browser.get("/assess/result").body()).contains("No estabas seguro/a de algunas respuestas.",
				"Adormecimiento entre las piernas o alrededor del ano</span> — <strong>se tomó como presente</strong>",
				"Si puedes averiguarlo, vuelve a responder.");
	}

}
