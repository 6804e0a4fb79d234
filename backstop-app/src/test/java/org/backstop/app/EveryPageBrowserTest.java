package org.backstop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every page passes axe-core with no serious or critical problem, in English and Spanish,
 * in the light and the dark theme; the pages behind sign-in too. Screenshots of each go
 * to {@code target/screenshots} for review.
 */
@BrowserTest
class EveryPageBrowserTest {

	/** The pages anyone can open, each with a name for its screenshots. */
	static final List<String[]> OPEN_PAGES = List.of(new String[] { "/", "home" }, new String[] { "/assess", "wizard" },
			new String[] { "/plan", "plan-none" }, new String[] { "/plan/input", "plan-input" },
			new String[] { "/exercises", "exercises" }, new String[] { "/exercises/bird_dog", "exercise" },
			new String[] { "/timers", "timers" }, new String[] { "/timers/cold", "timer-cold" },
			new String[] { "/timers/breathing", "timer-breathing" }, new String[] { "/library", "library" },
			new String[] { "/library/when-to-seek-care", "library-article" },
			new String[] { "/library/no-such-article", "library-not-found" }, new String[] { "/sign-in", "sign-in" },
			new String[] { "/sign-up", "sign-up" }, new String[] { "/password-reset", "password-reset" },
			new String[] { "/doses", "doses" }, new String[] { "/offline", "offline" });

	@Test
	void everyOpenPageInBothLanguagesAndThemes(Browser browser) {
		for (String language : new String[] { "en", "es" }) {
			for (String theme : new String[] { "light", "dark" }) {
				browser.open("/?lang=" + language + "&theme=" + theme);
				for (String[] page : OPEN_PAGES) {
					browser.open(page[0]).assertAccessible();
					if (language.equals("en") && theme.equals("light")) {
						browser.screenshots("page-" + page[1]);
					}
				}
			}
		}
	}

	@Test
	void thePagesBehindSignIn(Browser browser) {
		String email = People.freshEmail();
		browser.open("/sign-up")
			.type("#email", email)
			.type("#password", People.PASSWORD)
			.type("#displayName", "Ana")
			.follow("main button[type='submit']");
		// Signed in at once: no second typing of the email and password.
		browser.waitUntil("signed in", (page) -> page.path().startsWith("/account?welcome"));
		browser.assertAccessible();
		for (String theme : new String[] { "light", "dark" }) {
			browser.open("/account?theme=" + theme).assertAccessible();
			browser.open("/account/reminders").assertAccessible();
			browser.open("/account/assessments").assertAccessible();
			browser.open("/account/activity").assertAccessible();
			browser.open("/account/questionnaires").assertAccessible();
			browser.open("/account/questionnaires/peg").assertAccessible();
		}
		browser.open("/account?theme=light").screenshots("page-account");
		browser.open("/account/reminders").screenshots("page-reminders");
		assertThat(browser.findAll("#reminder-form")).hasSize(1);
		browser.open("/account/activity").screenshots("page-activity");
		browser.open("/account/questionnaires/start_back").assertAccessible().screenshots("page-questionnaire");
	}

}
