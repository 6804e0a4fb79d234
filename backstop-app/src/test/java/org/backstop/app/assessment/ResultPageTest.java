package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backstop.app.assessment.WizardWalk.location;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;

/** The result page: the level first, its reasons, the plan link, and saving. */
@ApiTest
class ResultPageTest {

	@LocalServerPort
	int port;

	private WizardWalk walk(String language) {
		return new WizardWalk(Http.browser(this.port).withHeader("Accept-Language", language));
	}

	@Test
	void withoutAnAssessmentItSendsThePersonToTheWizard() {
		HttpResponse<String> none = walk("en").browser.get("/assess/result");
		assertThat(none.statusCode()).isEqualTo(302);
		assertThat(location(none)).isEqualTo("/assess");
	}

	@Test
	void chestPainMeansCallAnAmbulanceWithTheCountrysNumber() {
		WizardWalk walk = walk("en-GB");
		walk.walk(WizardWalk.withSymptoms("chest_pain"));
		String page = walk.browser.get("/assess/result").body();
		assertThat(page)
			.contains("id=\"triage-level\"", "data-level=\"emergency_ambulance\"", "Emergency: call an ambulance",
					"id=\"call-emergency\"", "href=\"tel:999\"", "Call 999 now", "id=\"reason-cardiac_pain_suspected\"",
					"heart attack")
			.doesNotContain("id=\"english-only\"");
		// The level comes first, before the reasons and the plan.
		assertThat(page.indexOf("id=\"triage-level\"")).isLessThan(page.indexOf("id=\"reasons\""));
	}

	@Test
	void bladderAndSaddleSignsMeanTheEmergencyDepartment() {
		WizardWalk walk = walk("en-US");
		walk.walk(WizardWalk.withSymptoms("saddle_numbness", "urinary_retention"));
		String page = walk.browser.get("/assess/result").body();
		assertThat(page)
			.contains("data-level=\"emergency\"", "Go to an emergency department now",
					"If you cannot get there safely, call 911.", "id=\"reason-cauda_equina_bladder_or_bowel\"",
					"id=\"reason-cauda_equina_suspected\"", "id=\"neurological-examination\"", "NICE CKS Sciatica",
					// A number to tap, and no urgent-advice line where the country has
					// none.
					"id=\"call-emergency\"", "href=\"tel:911\"")
			.doesNotContain("id=\"call-advice\"");
	}

	@Test
	void theEmergencyDepartmentFindsTheNearestOneOnTheMapsInThePagesLanguageAndNothingMore() {
		WizardWalk english = walk("en-US");
		english.walk(WizardWalk.withSymptoms("saddle_numbness"));
		String page = english.browser.get("/assess/result").body();
		// The search words alone: nothing of the person goes to the maps.
		assertThat(href(page, "find-emergency-department"))
			.isEqualTo("https://www.google.com/maps/search/?api=1&amp;query=emergency%20department");
		assertThat(tag(page, "find-emergency-department")).contains("rel=\"noopener noreferrer\"");
		assertThat(page).contains("Find the nearest emergency department").doesNotContain("id=\"find-urgent-care\"");
		// The link sits in the level's box, before the reasons.
		assertThat(page.indexOf("id=\"find-emergency-department\"")).isLessThan(page.indexOf("id=\"why-short\""));
		WizardWalk spanish = walk("es-ES");
		spanish.walk(WizardWalk.withSymptoms("saddle_numbness"));
		String pagina = spanish.browser.get("/assess/result").body();
		assertThat(href(pagina, "find-emergency-department"))
			.isEqualTo("https://www.google.com/maps/search/?api=1&amp;query=urgencias%20hospital");
		assertThat(pagina).contains("Busca las urgencias de hospital más cercanas");
	}

	@Test
	void withinTwentyFourHoursTheMapsFindUrgentCareAndSelfCareHasNoDirections() {
		WizardWalk walk = walk("en-US");
		walk.walk(WizardWalk.withSymptoms("fever"));
		String page = walk.browser.get("/assess/result").body();
		assertThat(page).contains("data-level=\"consultation_24\"", "Find urgent care near you")
			.doesNotContain("id=\"find-emergency-department\"");
		assertThat(href(page, "find-urgent-care"))
			.isEqualTo("https://www.google.com/maps/search/?api=1&amp;query=urgent%20care");
		assertThat(tag(page, "find-urgent-care")).contains("rel=\"noopener noreferrer\"");
		WizardWalk plain = walk("en");
		plain.walk(WizardWalk.selfCare());
		assertThat(plain.browser.get("/assess/result").body()).doesNotContain("maps", "id=\"find-");
	}

	/**
	 * When in doubt, escalate (HAZ-025): what to watch for is open where the person stays
	 * home and must know when to come back, folded where they are sent on now.
	 */
	@Test
	void whatToWatchForIsOpenWhereThePersonStaysHome() {
		WizardWalk selfCare = walk("en");
		selfCare.walk(WizardWalk.selfCare());
		assertThat(selfCare.browser.get("/assess/result").body()).contains("data-level=\"self_care\"",
				"<details class=\"card fold\" id=\"safety-net\" open=\"open\">");
		WizardWalk routine = walk("en");
		routine.walk(WizardWalk.withSymptoms("morning_stiffness_over_30min"));
		assertThat(routine.browser.get("/assess/result").body()).contains("data-level=\"consultation\"",
				"<details class=\"card fold\" id=\"safety-net\" open=\"open\">");
		for (String sign : new String[] { "fever", "saddle_numbness", "chest_pain" }) {
			WizardWalk sent = walk("en");
			sent.walk(WizardWalk.withSymptoms(sign));
			assertThat(sent.browser.get("/assess/result").body()).as(sign)
				.contains("<details class=\"card fold\" id=\"safety-net\">");
		}
	}

	/** The whole start tag of the element with this id. */
	private static String tag(String page, String id) {
		int at = page.indexOf("id=\"" + id + "\"");
		assertThat(at).as(id).isPositive();
		return page.substring(page.lastIndexOf('<', at), page.indexOf('>', at) + 1);
	}

	/** The address of the link with this id, as written in the page. */
	private static String href(String page, String id) {
		String tag = tag(page, id);
		int start = tag.indexOf("href=\"") + "href=\"".length();
		return tag.substring(start, tag.indexOf('"', start));
	}

	@Test
	void aPlainSpasmIsSelfCareWithWhatToWatchForAndThePlan() {
		WizardWalk walk = walk("en");
		walk.walk(WizardWalk.selfCare());
		String page = walk.browser.get("/assess/result").body();
		assertThat(page)
			.contains("data-level=\"self_care\"", "You can look after this yourself for now", "id=\"safety-net\"",
					"Numbness between your legs", "id=\"severity-grade\"", "data-severity=\"", "id=\"open-plan\"",
					"href=\"/plan\"", "id=\"sign-in-to-save\"", "href=\"/assess/save\"")
			.doesNotContain("id=\"call-emergency\"", "id=\"save-assessment\"", "lang=\"en\"><");
	}

	@Test
	void inSpanishTheReasonsWarningSignsAndSeverityAreSpanish() {
		WizardWalk walk = walk("es-ES");
		walk.walk(WizardWalk.withSymptoms("fever"));
		String page = walk.browser.get("/assess/result").body();
		assertThat(page).contains("<html lang=\"es\"", "Tu resultado", "Qué vigilar", "Abrir mi plan",
				"Inicia sesión para guardarla", "pueden indicar una infección", "llama a una ambulancia.</li>");
		assertThat(page).containsPattern("<li>Un dolor de [0-9]+ sobre 10 está en la franja [a-z]+\\.</li>")
			.doesNotContain("<li lang=\"en\">", "<span lang=\"en\">", "<p lang=\"en\">", "id=\"english-only\"");
	}

	@Test
	void aSignedInPersonSavesTheirAssessmentOnce() {
		String email = People.signUp(new Http(this.port));
		WizardWalk walk = walk("en");
		walk.signIn(email);
		walk.walk(WizardWalk.selfCare());
		String page = walk.browser.get("/assess/result").body();
		assertThat(page).contains("id=\"save-assessment\"").doesNotContain("id=\"sign-in-to-save\"");
		HttpResponse<String> saved = walk.postForm("/assess/result", "/assess/save", Map.of());
		assertThat(location(saved)).startsWith("/assess/result?saved");
		assertThat(walk.browser.get("/assess/result?saved").body()).contains("id=\"saved\"")
			.doesNotContain("id=\"save-assessment\"");
		// Once saved, the page offers no second save; a repeated post stores nothing
		// more.
		walk.postForm("/assess", "/assess/save", Map.of());
		assertThat(storedCount(walk)).isEqualTo(1);
	}

	@Test
	void anAnonymousPersonSignsInAndComesBackToSave() {
		String email = People.signUp(new Http(this.port));
		WizardWalk walk = walk("en");
		walk.walk(WizardWalk.withSymptoms("fever"));
		HttpResponse<String> askToSignIn = walk.browser.get("/assess/save");
		assertThat(askToSignIn.statusCode()).isEqualTo(302);
		assertThat(location(askToSignIn)).isEqualTo("/sign-in");
		HttpResponse<String> signedIn = walk.signIn(email);
		assertThat(location(signedIn)).startsWith("/assess/save");
		HttpResponse<String> back = walk.browser.get(location(signedIn));
		assertThat(location(back)).startsWith("/assess/result?save");
		String page = walk.browser.get("/assess/result?save").body();
		assertThat(page).contains("You are signed in. You can save this assessment now.", "id=\"save-assessment\"",
				"data-level=\"consultation_24\"");
		assertThat(location(walk.postForm("/assess/result", "/assess/save", Map.of())))
			.startsWith("/assess/result?saved");
		assertThat(storedCount(walk)).isEqualTo(1);
	}

	@Test
	void savingNeedsAnAccountAndAnAssessment() {
		WizardWalk walk = walk("en");
		HttpResponse<String> nothing = walk.postForm("/assess", "/assess/save", Map.of());
		assertThat(location(nothing)).isEqualTo("/assess");
		walk.walk(WizardWalk.selfCare());
		HttpResponse<String> anonymous = walk.postForm("/assess", "/assess/save", Map.of());
		assertThat(location(anonymous)).isEqualTo("/assess/save");
		assertThat(walk.browser.postForm("/assess/save", Map.of()).statusCode()).isEqualTo(403);
	}

	private static long storedCount(WizardWalk walk) {
		HttpResponse<String> list = walk.browser.get("/api/v1/assessments");
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		return Http.json(list).get("totalItems").asLong();
	}

}
