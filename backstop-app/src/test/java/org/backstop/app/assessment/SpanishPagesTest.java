package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.EnglishWords;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.core.exercise.ExerciseLibrary;

/**
 * A Spanish reader meets no English on the pages of the wizard, the results and the plan,
 * nor on the exercise, timer, account and reminder pages, except where a text is marked
 * {@code lang="en"} (a source's title, a text not translated yet) so that a screen reader
 * reads it as English.
 */
@ApiTest
class SpanishPagesTest {

	@LocalServerPort
	int port;

	@Test
	void theWizardItsResultsAndThePlanAreSpanishThroughout() {
		List<String> english = new ArrayList<>();
		List<Map<String, List<String>>> notSure = new ArrayList<>(WizardWalk.selfCare());
		notSure.set(2, WizardWalk.form("pain.region", "lower_back", "pain.intensity", "4", "pain.durationDays", "2",
				"age", "38", "sex", "female"));
		notSure.set(3,
				WizardWalk.form("pain.radiation", "not_sure", "pain.legSymptomsDays", "not_sure", "pain.trauma",
						"not_sure", "selfCare.weeksTried", "not_sure", "selfCare.improving", "not_sure",
						"symptomsNotSure", "fever", "pregnant", "not_sure", "historyNotSure", "cancer"));
		for (List<Map<String, List<String>>> answers : List.of(WizardWalk.selfCare(),
				WizardWalk.withSymptoms("chest_pain"), WizardWalk.withSymptoms("leg_numbness", "fever"), notSure)) {
			Http browser = Http.browser(this.port).withHeader("Accept-Language", "es-ES");
			WizardWalk walk = new WizardWalk(browser);
			for (int step = 1; step <= answers.size(); step++) {
				english.addAll(englishIn(browser, "/assess?step=" + step));
			}
			walk.walk(answers);
			for (String page : new String[] { "/assess/result", "/plan", "/plan/print", "/plan/input" }) {
				english.addAll(englishIn(browser, page));
			}
		}
		assertThat(english).as("English words outside lang=\"en\" on Spanish pages").isEmpty();
	}

	@Test
	void theExerciseAndTimerPagesAreSpanishThroughout() {
		Http browser = Http.browser(this.port).withHeader("Accept-Language", "es-MX");
		List<String> english = new ArrayList<>();
		english.addAll(englishIn(browser, "/"));
		english.addAll(englishIn(browser, "/exercises"));
		ExerciseLibrary.ALL.forEach((exercise) -> english.addAll(englishIn(browser, "/exercises/" + exercise.id())));
		english.addAll(englishIn(browser, "/timers"));
		for (String kind : new String[] { "heat", "cold", "stretch", "breathing" }) {
			english.addAll(englishIn(browser, "/timers/" + kind));
		}
		assertThat(english).as("English words outside lang=\"en\" on Spanish pages").isEmpty();
	}

	@Test
	void theAccountPagesAndRemindersAreSpanishThroughout() {
		Http browser = People.signedIn(this.port, People.signUp(new Http(this.port)))
			.withHeader("Accept-Language", "es-ES");
		List<String> english = new ArrayList<>();
		for (String page : new String[] { "/account", "/account/reminders", "/account/reminders/due",
				"/account/assessments", "/account/activity" }) {
			english.addAll(englishIn(browser, page));
		}
		assertThat(english).as("English words outside lang=\"en\" on Spanish pages").isEmpty();
	}

	/**
	 * Each English word found on the page, with the page and the words around it, by the
	 * same check as every page gets.
	 */
	private static List<String> englishIn(Http browser, String path) {
		HttpResponse<String> page = browser.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		assertThat(page.body()).as(path).contains("<html lang=\"es\"");
		return EnglishWords.in(page.body()).stream().map((words) -> path + ": " + words).toList();
	}

}
