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
			.contains("id=\"wizard\"", "Step 1 of 4", "<progress id=\"wizard-progress\"", "max=\"4\"", "value=\"1\"",
					"Do you have any of these now?", "Chest pain, pressure or tightness", "id=\"urgentSigns-yes\"",
					"name=\"urgentSigns\" value=\"none\"",
					"id=\"urgentSigns-not_sure\" type=\"submit\" name=\"action\" value=\"unsure\"", "/css/assess.css")
			.doesNotContain("id=\"back\"", "id=\"next\"");
		List<Map<String, List<String>>> steps = WizardWalk.selfCare();
		for (int i = 0; i < steps.size() - 1; i++) {
			HttpResponse<String> next = walk.post(i + 1, steps.get(i), "next");
			assertThat(next.statusCode()).as(next.body()).isEqualTo(302);
			assertThat(location(next)).isEqualTo("/assess?step=" + (i + 2));
		}
		HttpResponse<String> last = walk.browser.get("/assess?step=4");
		assertThat(last.body())
			.contains("Step 4 of 4", "See my result", "id=\"back\"", "id=\"none-of-these\"",
					"name=\"history\" value=\"anticoagulants\"", "Tick all that apply.",
					"name=\"preferences.currentMedicines\" value=\"ibuprofen\"")
			// A man is not asked about a pregnancy.
			.doesNotContain("name=\"pregnant\"", "name=\"symptoms\" value=\"contractions\"");
		HttpResponse<String> finished = walk.post(4, steps.get(3), "next");
		assertThat(location(finished)).isEqualTo("/assess/result");
		assertThat(walk.browser.get("/assess/result").body()).contains("data-level=\"self_care\"")
			.doesNotContain("id=\"at-a-warning-sign\"");
	}

	@Test
	void nextChecksAStepWithTheReaderAloneAndTheResultIsAssessedOncePerChangeOfAnswers() {
		WizardWalk walk = walk("en");
		List<Map<String, List<String>>> steps = WizardWalk.selfCare();
		long before = this.results.engineRuns();
		for (int i = 0; i < steps.size() - 1; i++) {
			assertThat(location(walk.post(i + 1, steps.get(i), "next"))).isEqualTo("/assess?step=" + (i + 2));
		}
		assertThat(walk.post(3, form("pain.intensity", "11"), "next").body()).contains("id=\"pain-intensity-error\"");
		assertThat(location(walk.post(3, steps.get(2), "next"))).isEqualTo("/assess?step=4");
		assertThat(this.results.engineRuns()).as("engine runs for Next and a refused step").isEqualTo(before);
		assertThat(location(walk.post(4, steps.get(3), "next"))).isEqualTo("/assess/result");
		for (int view = 0; view < 3; view++) {
			assertThat(walk.browser.get("/assess/result").body()).contains("data-level=\"self_care\"");
		}
		assertThat(this.results.engineRuns()).as("engine runs for the last step and three views of the result")
			.isEqualTo(before + 1);
		// Changed answers are assessed again, once.
		walk.post(3, form("pain.region", "lower_back", "pain.intensity", "4", "pain.durationDays", "21", "age", "38",
				"sex", "male"), "next");
		assertThat(location(walk.post(4, steps.get(3), "next"))).isEqualTo("/assess/result");
		walk.browser.get("/assess/result");
		assertThat(this.results.engineRuns()).isEqualTo(before + 2);
	}

	@Test
	void aYesToAWarningSignGoesStraightToTheResultAndTheRestCanBeAddedAfter() {
		WizardWalk walk = walk("en-US");
		long before = this.results.engineRuns();
		HttpResponse<String> yes = walk.post(1, form(), "yes");
		assertThat(location(yes)).isEqualTo("/assess?step=1&which");
		String which = walk.browser.get("/assess?step=1&which").body();
		assertThat(which).contains("Which one?", "id=\"urgentSigns-chest_pain\"",
				"name=\"urgentSigns\" value=\"chest_pain\"", "I am not sure which", "None of these after all");
		assertThat(this.results.engineRuns()).isEqualTo(before);
		HttpResponse<String> sign = walk.post(1, form("urgentSigns", "chest_pain"), "next");
		assertThat(location(sign)).isEqualTo("/assess/result");
		String result = walk.browser.get("/assess/result").body();
		assertThat(result)
			.contains("data-level=\"emergency_ambulance\"", "href=\"tel:911\"", "Call 911 now",
					"id=\"at-a-warning-sign\"", "id=\"reason-cardiac_pain_suspected\"", "href=\"/assess?step=2\"")
			// What the answers put in for the rest would colour is left out.
			.doesNotContain("id=\"severity-grade\"", "id=\"plan-summary\"", "id=\"save\"");
		assertThat(this.results.engineRuns()).as("the engine runs once, at the sign").isEqualTo(before + 1);
		// No plan is made from the answers put in for the rest.
		assertThat(walk.browser.get("/plan").body()).contains("id=\"no-plan\"");
		// The rest added after: the sign stays, and the result is a full one.
		List<Map<String, List<String>>> steps = WizardWalk.selfCare();
		assertThat(location(walk.post(2, steps.get(1), "next"))).isEqualTo("/assess?step=3");
		assertThat(location(walk.post(3, steps.get(2), "next"))).isEqualTo("/assess?step=4");
		assertThat(location(walk.post(4, steps.get(3), "next"))).isEqualTo("/assess/result");
		assertThat(walk.browser.get("/assess/result").body())
			.contains("data-level=\"emergency_ambulance\"", "id=\"reason-cardiac_pain_suspected\"",
					"id=\"severity-grade\"", "id=\"save\"")
			.doesNotContain("id=\"at-a-warning-sign\"");
	}

	/**
	 * "Not sure" about a whole group asks its signs one at a time, without JavaScript: a
	 * "no" asks the next, "no" to the last answers the group, and "not sure" about one
	 * sign goes to the answer at once with that sign alone read as present.
	 */
	@Test
	void notSureAboutAGroupAsksItsSignsOneByOne() {
		WizardWalk walk = walk("en-GB");
		long before = this.results.engineRuns();
		assertThat(location(walk.post(1, form(), "unsure"))).isEqualTo("/assess?step=1&sign=1");
		String first = walk.browser.get("/assess?step=1&sign=1").body();
		assertThat(first)
			.contains("Sign 1 of 5", "One at a time. Do you have this now?",
					"id=\"sign-asked\">Chest pain, pressure or tightness<", "name=\"urgentSigns\" value=\"chest_pain\"",
					"name=\"urgentSigns\" value=\"not_sure:chest_pain\"", "name=\"action\" value=\"no-sign\"")
			.doesNotContain("id=\"urgentSigns-yes\"", "name=\"urgentSigns\" value=\"none\"");
		for (int sign = 1; sign < 5; sign++) {
			assertThat(location(walk.post(1, form("sign", Integer.toString(sign)), "no-sign")))
				.isEqualTo("/assess?step=1&sign=" + (sign + 1));
		}
		// "No" to the last sign is "none of these" for the group.
		String last = walk.browser.get("/assess?step=1&sign=5").body();
		assertThat(last).contains("Sign 5 of 5", "id=\"sign-no\" type=\"submit\" name=\"urgentSigns\" value=\"none\"");
		assertThat(location(walk.post(1, form("urgentSigns", "none"), "next"))).isEqualTo("/assess?step=2");
		assertThat(this.results.engineRuns()).as("no answer is made before a sign is read as present")
			.isEqualTo(before);
		// Not sure about the group, no to three signs, not sure about the fourth.
		assertThat(location(walk.post(2, form(), "unsure"))).isEqualTo("/assess?step=2&sign=1");
		for (int sign = 1; sign < 4; sign++) {
			walk.post(2, form("sign", Integer.toString(sign)), "no-sign");
		}
		assertThat(walk.browser.get("/assess?step=2&sign=4").body())
			.contains("name=\"emergencySigns\" value=\"not_sure:saddle_numbness\"");
		HttpResponse<String> notSure = walk.post(2, form("emergencySigns", "not_sure:saddle_numbness"), "next");
		assertThat(location(notSure)).isEqualTo("/assess/result");
		String result = walk.browser.get("/assess/result").body();
		assertThat(result).contains("data-level=\"emergency\"", "id=\"at-a-warning-sign\"", "href=\"tel:999\"",
				"Numbness between my legs or around my back passage</span> — <strong>read as present</strong>");
		String note = result.substring(result.indexOf("id=\"not-sure\""));
		note = note.substring(0, note.indexOf("</section>"));
		assertThat(note.split("<li>", -1)).as("one sign read as present, not the whole group").hasSize(2);
		// A "yes" to one sign goes to the answer the same way.
		WizardWalk yes = walk("en-GB");
		yes.post(1, form(), "unsure");
		assertThat(location(yes.post(1, form("urgentSigns", "fainting"), "next"))).isEqualTo("/assess/result");
		assertThat(yes.browser.get("/assess/result").body()).contains("data-level=\"emergency_ambulance\"");
	}

	/** Signs left half answered one by one are asked again, never read as "no". */
	@Test
	void aGroupLeftHalfAnsweredOneByOneIsAskedAgain() {
		WizardWalk walk = walk("en");
		walk.post(1, form(), "unsure");
		walk.post(1, form("sign", "1"), "no-sign");
		List<Map<String, List<String>>> steps = WizardWalk.selfCare();
		for (int i = 1; i < steps.size(); i++) {
			walk.post(i + 1, steps.get(i), "next");
		}
		HttpResponse<String> last = walk.post(4, steps.get(3), "next");
		assertThat(last.statusCode()).isEqualTo(200);
		assertThat(last.body()).contains("Step 1 of 4", "id=\"error-summary\"");
		assertThat(walk.browser.get("/assess/result").statusCode()).as("no result").isEqualTo(302);
	}

	@Test
	void notSureAboutAGroupOfSignsIsReadAsEachOfThemPresent() {
		WizardWalk walk = walk("en-GB");
		assertThat(location(walk.post(1, form("urgentSigns", "none"), "next"))).isEqualTo("/assess?step=2");
		assertThat(location(walk.post(2, form("emergencySigns", "not_sure"), "next"))).isEqualTo("/assess/result");
		String result = walk.browser.get("/assess/result").body();
		assertThat(result).contains("data-level=\"emergency\"", "id=\"not-sure\"",
				"Numbness between my legs or around my back passage</span> — <strong>read as present</strong>",
				"href=\"tel:999\"", "href=\"tel:111\"", "Call 111 for urgent advice");
	}

	@Test
	void eachGroupOfSignsNeedsAnAnswer() {
		WizardWalk walk = walk("en");
		HttpResponse<String> nothing = walk.post(2, form(), "next");
		assertThat(nothing.statusCode()).isEqualTo(200);
		assertThat(nothing.body()).contains("Answer Yes, No or Not sure.", "Step 2 of 4");
		HttpResponse<String> unknown = walk.post(2, form("emergencySigns", "chest_pain"), "next");
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(unknown.body()).contains("Answer Yes, No or Not sure.");
		assertThat(this.results.engineRuns()).isNotNegative();
	}

	@Test
	void backAndNextNeverLoseAnswers() {
		WizardWalk walk = walk("en");
		walk.post(1, form("urgentSigns", "none"), "next");
		walk.post(2, form("emergencySigns", "none"), "next");
		walk.post(3, form("pain.region", "neck", "pain.intensity", "6", "pain.durationDays", "10", "durationExact",
				"12", "age", "44", "sex", "female"), "next");
		// Back from step 4 keeps what was typed there, even unchecked.
		HttpResponse<String> back = walk.post(4, form("pain.trauma", "major", "selfCare.weeksTried", "x"), "back");
		assertThat(location(back)).isEqualTo("/assess?step=3");
		assertThat(walk.browser.get("/assess?step=3").body()).contains("value=\"12\"", "value=\"neck\" checked",
				"id=\"pain-intensity-6\" type=\"radio\" name=\"pain.intensity\" value=\"6\" checked",
				"name=\"pain.durationDays\" value=\"10\" checked");
		assertThat(walk.browser.get("/assess?step=4").body()).contains("value=\"major\" checked", "value=\"x\"");
		HttpResponse<String> restarted = walk.postForm("/assess", "/assess/restart", Map.of());
		assertThat(location(restarted)).isEqualTo("/assess");
		assertThat(walk.browser.get("/assess?step=3").body()).doesNotContain("checked");
	}

	@Test
	void startAgainAsksFirstOnAPageOfItsOwn() {
		WizardWalk walk = walk("en");
		String step = walk.browser.get("/assess?step=3").body();
		assertThat(step).contains("<a id=\"restart\" href=\"/assess/restart?from=3\">Start again</a>")
			.doesNotContain("action=\"/assess/restart\"");
		String confirm = walk.browser.get("/assess/restart?from=3").body();
		assertThat(confirm).contains("Start again?", "action=\"/assess/restart\"", "Yes, clear my answers",
				"href=\"/assess?step=3\"");
	}

	@Test
	void aBadValueIsNamedBesideItsFieldOnceAndTheOtherAnswersStay() {
		WizardWalk walk = walk("en");
		HttpResponse<String> bad = walk.post(3, form("pain.region", "neck", "pain.intensity", "11"), "next");
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("id=\"error-summary\"", "href=\"#pain-intensity\"",
				"id=\"pain-intensity-error\"", "from 0 to 10", "aria-invalid=\"true\"", "value=\"neck\" checked",
				"Step 3 of 4", "<title>Please check your answers: step 3 of 4");
		// Left blank, the pain score is asked for once beside it (and once in the
		// summary).
		HttpResponse<String> blank = walk.post(3, form("pain.region", "neck"), "next");
		assertThat(blank.body()).contains("Choose a number from 0 to 10.", "Write your age in years.",
				"Choose how long ago it started.", "Choose your sex.");
		assertThat(count(blank.body(), "id=\"pain-intensity-error\"")).isEqualTo(1);
		assertThat(count(blank.body(), "Choose a number from 0 to 10.")).isEqualTo(1);
		assertThat(blank.body()).contains("<a href=\"#pain-intensity\">How strong is the pain, from 0 to 10?</a>");
		HttpResponse<String> good = walk.post(3, WizardWalk.selfCare().get(2), "next");
		assertThat(location(good)).isEqualTo("/assess?step=4");
	}

	@Test
	void anExactNumberOfDaysWinsOverTheQuickChoice() {
		WizardWalk walk = walk("en");
		List<Map<String, List<String>>> steps = WizardWalk.selfCareAlso(3, "durationExact", "60", "pain.durationDays",
				null, "pain.region", "lower_back");
		steps = new java.util.ArrayList<>(steps);
		Map<String, List<String>> last = new java.util.LinkedHashMap<>(steps.get(3));
		last.put("pain.radiation", List.of("both_legs"));
		steps.set(3, last);
		walk.walk(steps);
		// Both legs for 60 days: long-standing, not the emergency department.
		assertThat(walk.browser.get("/assess/result").body()).doesNotContain("data-level=\"emergency\"");
		WizardWalk recent = walk("en");
		steps.set(2, WizardWalk.selfCare().get(2));
		recent.walk(steps);
		assertThat(recent.browser.get("/assess/result").body()).contains("data-level=\"emergency\"");
	}

	@Test
	void whatTheReaderFindsWrongIsSaidInTheReadersLanguageAsOnEveryPage() {
		WizardWalk walk = walk("es");
		HttpResponse<String> bad = walk.post(3, form("pain.intensity", "11"), "next");
		assertThat(bad.body()).contains("id=\"pain-intensity-error\"", "entre 0 y 10", "Elige dónde está el dolor.");
	}

	@Test
	void theOtherWarningSignsNeedAnExplicitAnswer() {
		WizardWalk walk = walk("en");
		walk.post(3, form("age", "30", "sex", "female"), "next");
		HttpResponse<String> page = walk.browser.get("/assess?step=4");
		for (WizardStep.SymptomGroup group : WizardStep.symptomGroups()) {
			for (String code : group.codes()) {
				assertThat(page.body()).contains("name=\"symptoms\" value=\"" + code + "\"");
			}
		}
		// Pregnancy can apply here, so it is asked, with its signs.
		assertThat(page.body()).contains("name=\"pregnant\"", "name=\"symptoms\" value=\"contractions\"",
				"None of these");
		HttpResponse<String> skipped = walk.post(4, form(), "next");
		assertThat(skipped.statusCode()).isEqualTo(200);
		assertThat(skipped.body()).contains("id=\"symptoms-error\"", "or tick “None of these”");
		HttpResponse<String> both = walk.post(4, form("symptoms", "fever", "symptomsNone", "true"), "next");
		assertThat(both.body()).contains("also “None of these”").containsPattern("value=\"fever\"[^>]*checked");
		HttpResponse<String> unknown = walk.post(4, form("symptoms", "sadle_numbness"), "next");
		assertThat(unknown.body()).contains("was not understood");
	}

	/**
	 * The last step asks its signs and conditions by topic: "yes" needs a tick, a blank
	 * topic is asked again once topics are being answered (never read as "no"), "not
	 * sure" reads every sign of the topic as present, and "None of these" answers "no" to
	 * the topics left blank.
	 */
	@Test
	void theLastStepAsksByTopicAndReadsNotSureAndBlanksTheCautiousWay() {
		WizardWalk walk = walk("en");
		for (int i = 0; i < 3; i++) {
			walk.post(i + 1, WizardWalk.selfCare().get(i), "next");
		}
		HttpResponse<String> page = walk.browser.get("/assess?step=4");
		assertThat(page.body()).contains("id=\"group-legs-yes\"", "name=\"group.legs\" value=\"not_sure\"",
				"id=\"group-history-no\"", "None of these");
		// "Yes" without saying which is asked again; so is a topic left blank.
		HttpResponse<String> which = walk.post(4, form("group.legs", "yes"), "next");
		assertThat(which.statusCode()).isEqualTo(200);
		assertThat(which.body()).contains("id=\"group-legs-yes-error\"", "tick which one",
				"id=\"group-chest-yes-error\"", "Answer Yes, No or Not sure");
		// "Not sure" about the legs: each of its signs read as present, and named so.
		HttpResponse<String> notSure = walk.post(4, form("group.legs", "not_sure", "symptomsNone", "true"), "next");
		assertThat(location(notSure)).isEqualTo("/assess/result");
		String result = walk.browser.get("/assess/result").body();
		assertThat(result).contains("data-level=\"emergency\"", "id=\"not-sure\"", "Both legs feel weak");
		// A sign ticked under "yes" counts with "None of these" for the rest.
		HttpResponse<String> oneSign = walk.post(4,
				form("group.infection", "yes", "symptoms", "fever", "symptomsNone", "true"), "next");
		assertThat(location(oneSign)).isEqualTo("/assess/result");
		assertThat(walk.browser.get("/assess/result").body()).contains("id=\"reason-")
			.doesNotContain("id=\"not-sure\"");
		// Every topic "no": an answer, and a calm one.
		Map<String, List<String>> allNo = new java.util.LinkedHashMap<>();
		WizardStep.signTopics().forEach((topic) -> allNo.put(topic.name(), List.of("no")));
		allNo.remove("group.pregnancy");
		allNo.put("group.history", List.of("no"));
		assertThat(location(walk.post(4, allNo, "next"))).isEqualTo("/assess/result");
		assertThat(walk.browser.get("/assess/result").body()).contains("data-level=\"self_care\"");
	}

	@Test
	void pregnancyIsAskedOnlyWhereItCanApply() {
		for (String[] person : new String[][] { { "30", "male" }, { "70", "female" }, { "8", "other" } }) {
			WizardWalk walk = walk("en");
			walk.post(3, form("age", person[0], "sex", person[1]), "next");
			assertThat(walk.browser.get("/assess?step=4").body()).as(String.join(" ", person))
				.doesNotContain("name=\"pregnant\"", "value=\"contractions\"");
		}
		WizardWalk woman = walk("en");
		woman.post(3, form("age", "30", "sex", "female"), "next");
		assertThat(woman.browser.get("/assess?step=4").body()).contains("name=\"pregnant\"");
	}

	@Test
	void everyQuestionThatTakesNotSureOffersItOnItsStep() {
		WizardWalk walk = walk("en");
		walk.post(3, form("age", "30", "sex", "female"), "next");
		for (Question question : Question.values()) {
			WizardStep step = WizardStep.asking(question.code());
			String page = walk.browser.get("/assess?step=" + step.number()).body();
			String id = question.code().replace('.', '-') + "-not_sure";
			assertThat(page).as(question.code())
				.contains("id=\"" + id + "\"", "name=\"" + question.code() + "\" value=\"not_sure\"")
				.containsPattern("<label [^>]*for=\"" + id + "\"");
		}
		String signs = walk.browser.get("/assess?step=4").body();
		for (WizardStep.SymptomGroup group : WizardStep.symptomGroups()) {
			for (String code : group.codes()) {
				assertThat(signs).contains("id=\"symptomsNotSure-" + code + "\"",
						"name=\"symptomsNotSure\" value=\"" + code + "\"");
			}
		}
		// The small box says which sign it is about to a screen reader.
		assertThat(signs).contains("Not sure</span><span class=\"visually-hidden\">: ");
		for (History history : History.values()) {
			assertThat(signs).contains("name=\"historyNotSure\" value=\"" + history.code() + "\"");
		}
		assertThat(signs).contains("id=\"pain-legSymptomsDays\"",
				"Only if the pain, numbness or tingling is in both legs");
	}

	@Test
	void aNotSureRadioReachesTheEngineAsNotSureAndTheResultSaysHowItWasRead() {
		WizardWalk walk = walk("en");
		walk.walk(WizardWalk.selfCareAlso(4, "pain.radiation", "not_sure"));
		String page = walk.browser.get("/assess/result").body();
		// Read as both legs, two days in: the emergency department.
		assertThat(page).contains("data-level=\"emergency\"", "id=\"not-sure\"",
				"You were not sure about some answers. Backstop answered as if each was the more serious possibility:",
				"Does the pain spread anywhere?</span> — <strong>read as: Into both legs</strong>",
				"If you can find out, answer again.");
		assertThat(walk.browser.get("/assess?step=4").body())
			.containsPattern("name=\"pain.radiation\" value=\"not_sure\"[^>]*checked");
	}

	@Test
	void aSignTickedAsHadAndAsNotSureCountsAsHadAndNotSureFitsWithNoneOfThese() {
		WizardWalk both = walk("en");
		both.walk(WizardWalk.selfCareAlso(4, "symptomsNone", null, "symptoms", "weakness_both_legs", "symptomsNotSure",
				"weakness_both_legs"));
		assertThat(both.browser.get("/assess/result").body()).contains("data-level=\"emergency\"")
			.doesNotContain("id=\"not-sure\"");
		WizardWalk unsure = walk("en");
		unsure.walk(WizardWalk.selfCareAlso(4, "symptomsNotSure", "fever"));
		assertThat(unsure.browser.get("/assess?step=4").body())
			.containsPattern("id=\"symptomsNotSure-fever\"[^>]*checked");
	}

	@Test
	void aNumberNotSureIsReadAsItsMostUrgentValue() {
		WizardWalk walk = walk("en");
		List<Map<String, List<String>>> steps = WizardWalk.selfCareAlso(4, "pain.radiation", "both_legs",
				"pain.legSymptomsDays", "60", "pain.onset", "gradual");
		steps = new java.util.ArrayList<>(steps);
		Map<String, List<String>> last = new java.util.LinkedHashMap<>(steps.get(3));
		last.put("pain.legSymptomsDays", List.of("60", "not_sure"));
		steps.set(3, last);
		steps.set(2, form("pain.region", "lower_back", "pain.intensity", "4", "pain.durationDays", "75", "age", "38",
				"sex", "male"));
		walk.walk(steps);
		// Both legs for all we know since today: the emergency department.
		assertThat(walk.browser.get("/assess/result").body()).contains("data-level=\"emergency\"",
				"— <strong>read as today</strong>");
		assertThat(walk.browser.get("/assess?step=4").body()).contains("value=\"60\"")
			.containsPattern("id=\"pain-legSymptomsDays-not_sure\"[^>]*checked");
		// Typed alone, 60 days of both legs is long-standing: not an emergency.
		WizardWalk known = walk("en");
		last.put("pain.legSymptomsDays", List.of("60"));
		known.walk(steps);
		assertThat(known.browser.get("/assess/result").body()).doesNotContain("data-level=\"emergency\"",
				"id=\"not-sure\"");
	}

	@Test
	void notSureAboutAConditionOrAYesNoIsNamedOnTheResult() {
		WizardWalk walk = walk("en");
		List<Map<String, List<String>>> steps = WizardWalk.selfCareAlso(4, "pregnant", "not_sure", "historyNotSure",
				"cancer", "pain.durationDays", null, "pain.worseAtNightOrRest", "not_sure", "selfCare.weeksTried",
				"not_sure", "selfCare.improving", "not_sure");
		steps = new java.util.ArrayList<>(steps);
		steps.set(2, form("pain.region", "lower_back", "pain.intensity", "4", "pain.durationDays", "35", "age", "40",
				"sex", "female"));
		walk.walk(steps);
		String page = walk.browser.get("/assess/result").body();
		assertThat(page).contains("I have or have had cancer</span> — <strong>read as present</strong>",
				"Is it worse at night or when you rest?</span> — <strong>read as yes</strong>",
				"Is it getting better?</span> — <strong>read as no</strong>",
				"For how many weeks have you tried to ease it yourself?</span> — <strong>read as 4 weeks</strong>",
				"Are you pregnant?</span> — <strong>read as ");
	}

	@Test
	void aPregnancyWithoutItsWeekIsNamedOnTheResultAsReadLateInBothLanguages() {
		for (String language : List.of("en", "es")) {
			WizardWalk walk = walk(language);
			List<Map<String, List<String>>> steps = new java.util.ArrayList<>(
					WizardWalk.selfCareAlso(4, "pregnant", "true", "pregnancyWeeks", ""));
			steps.set(2, form("pain.region", "lower_back", "pain.intensity", "4", "pain.durationDays", "2", "age", "30",
					"sex", "female"));
			walk.walk(steps);
			String page = walk.browser.get("/assess/result").body();
			assertThat(page).contains("id=\"not-sure\"", language.equals("en")
					? "If you are pregnant: how many weeks?</span> — <strong>read as late in pregnancy</strong>"
					: "Si estás embarazada: ¿de cuántas semanas?</span> — <strong>se tomó como embarazo avanzado</strong>");
		}
	}

	@Test
	void theLastStepChecksEverythingAndSendsThePersonToWhatIsMissing() {
		WizardWalk walk = walk("en");
		HttpResponse<String> skippedAhead = walk.post(4, form("symptomsNone", "true"), "next");
		assertThat(skippedAhead.statusCode()).isEqualTo(200);
		assertThat(skippedAhead.body()).contains("Step 1 of 4", "Answer Yes, No or Not sure.");
		walk.post(1, form("urgentSigns", "none"), "next");
		walk.post(2, form("emergencySigns", "none"), "next");
		walk.post(3, form("pain.region", "lower_back", "pain.intensity", "3", "pain.durationDays", "0", "age", "130",
				"sex", "female"), "next");
		HttpResponse<String> age = walk.post(4, form("symptomsNone", "true"), "next");
		assertThat(age.body()).contains("Step 3 of 4", "must be from 0 to 120", "value=\"130\"");
		assertThat(walk.browser.get("/assess/result").statusCode()).isEqualTo(302);
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
	void theScriptIsServedAndOptional() {
		HttpResponse<String> script = new Http(this.port).get("/js/assess.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).contains("error-summary");
	}

	@Test
	void spanishFromTheBrowser() {
		HttpResponse<String> one = walk("es-ES").browser.get("/assess?step=2");
		assertThat(one.body())
			.contains("<html lang=\"es\"", "Paso 2 de 4", "No puedo orinar, o la vejiga no se vacía",
					"No, ninguna de estas", "Sí", "No estoy seguro/a", "Atrás")
			.doesNotContain("Next", "Step 2");
		WizardWalk woman = walk("es-MX");
		woman.post(3, form("age", "30", "sex", "female"), "next");
		String four = woman.browser.get("/assess?step=4").body();
		assertThat(four).contains("¿Algo más?", "Ver mi resultado", "Tomo anticoagulantes", "Paracetamol",
				"No estoy seguro/a", "llama al 911");
		WizardWalk unsure = walk("es-ES");
		unsure.walk(WizardWalk.selfCareAlso(4, "symptomsNotSure", "saddle_numbness"));
		assertThat(unsure.browser.get("/assess/result").body()).contains("No estabas seguro/a de algunas respuestas.",
				"Adormecimiento entre las piernas o alrededor del ano</span> — <strong>se tomó como presente</strong>",
				"Si puedes averiguarlo, vuelve a responder.");
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

}
