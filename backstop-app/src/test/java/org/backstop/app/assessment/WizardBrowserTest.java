package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.backstop.app.Browser;
import org.backstop.app.BrowserTest;

/**
 * The wizard in a real browser, as a person in pain on a phone would use it: from the
 * home page to an emergency answer with a call button, and to a self-care plan; with the
 * keyboard alone; with every step passing axe-core.
 */
@BrowserTest
class WizardBrowserTest {

	/** The browsers of these tests ask for British English: the UK's numbers. */
	private static final String EMERGENCY_NUMBER = "999";

	/**
	 * A person with chest pain, on a phone: from the home page to the ambulance answer
	 * and its call button in three taps, on three screens.
	 */
	@Test
	void fromTheHomePageToACallButtonForChestPainInThreeTaps(Browser browser) {
		browser.driver().manage().window().setSize(Browser.PHONE);
		Taps taps = new Taps(browser.open("/"));
		taps.follow("main a.button--large");
		browser.assertAccessible().screenshots("wizard-urgent-signs");
		taps.follow("#urgentSigns-yes");
		browser.assertAccessible().screenshots("wizard-which-sign");
		taps.follow("#urgentSigns-chest_pain");
		assertThat(browser.path()).isEqualTo("/assess/result");
		System.out.printf("Home page to the ambulance answer: %d taps, %d screens%n", taps.taps, taps.screens);
		assertThat(taps.taps).isLessThanOrEqualTo(3);
		assertThat(taps.screens).isLessThanOrEqualTo(3);
		WebElement level = browser.find("#triage-level");
		assertThat(level.getAttribute("data-level")).isEqualTo("emergency_ambulance");
		assertThat(level.getText()).contains("ambulance");
		WebElement call = browser.find("#call-emergency");
		assertThat(call.getAttribute("href")).isEqualTo("tel:" + EMERGENCY_NUMBER);
		assertThat(call.getText()).contains(EMERGENCY_NUMBER);
		// The level and its call button come before everything else on the page, and
		// are on the first phone screen.
		assertThat(call.getLocation().getY()).isLessThan(browser.find("#reasons").getLocation().getY());
		assertOnFirstScreen(browser, "#triage-level", "#call-emergency", "#why-short");
		browser.assertAccessible().screenshots("result-emergency");
	}

	/**
	 * "Not sure" about the ambulance signs, on a phone: each sign asked in turn, a "no"
	 * going on to the next, and "not sure" about one sign going to the ambulance answer
	 * with that sign alone read as present.
	 */
	@Test
	void notSureAboutAGroupAsksEachSignAndANotSureSignLeadsToTheAnswer(Browser browser) {
		browser.driver().manage().window().setSize(Browser.PHONE);
		browser.open("/assess").follow("#urgentSigns-not_sure");
		assertThat(browser.path()).isEqualTo("/assess?step=1&sign=1");
		assertThat(browser.find("#sign-count").getText()).isEqualTo("Sign 1 of 5");
		assertThat(browser.find("#sign-asked").getText()).isEqualTo("Chest pain, pressure or tightness");
		assertOnFirstScreen(browser, "#sign-asked", "#sign-yes", "#sign-no", "#sign-not_sure");
		browser.assertAccessible().screenshots("wizard-one-sign");
		browser.follow("#sign-no");
		assertThat(browser.path()).isEqualTo("/assess?step=1&sign=2");
		assertThat(browser.find("#sign-count").getText()).isEqualTo("Sign 2 of 5");
		browser.follow("#sign-not_sure");
		assertThat(browser.path()).isEqualTo("/assess/result");
		assertThat(browser.find("#triage-level").getAttribute("data-level")).isEqualTo("emergency_ambulance");
		assertThat(browser.findAll("#not-sure li")).hasSize(1);
		assertOnFirstScreen(browser, "#triage-level", "#call-emergency");
	}

	/**
	 * A plain spasm, on a phone, counted honestly (every tap, and a tap for each key
	 * typed): from the home page to a self-care result in at most 12 taps and 6 screens.
	 */
	@Test
	void aPlainSpasmLeadsToSelfCareInTwelveTapsAndAPlanWithEveryStepAccessible(Browser browser) {
		browser.driver().manage().window().setSize(Browser.PHONE);
		Taps taps = new Taps(browser.open("/"));
		taps.follow("main a.button--large");
		taps.follow("#urgentSigns-none");
		browser.assertAccessible().screenshots("wizard-emergency-signs");
		taps.follow("#emergencySigns-none");
		taps.tap("label[for='pain-region-lower_back']");
		taps.tap("label[for='pain-intensity-4']");
		taps.tap("label[for='pain-durationDays-4']");
		taps.type("#age", "38");
		taps.tap("label[for='sex-male']");
		browser.assertAccessible().screenshots("wizard-the-pain");
		taps.follow("#next");
		browser.assertAccessible().screenshots("wizard-anything-else");
		taps.follow("#none-of-these");
		assertThat(browser.path()).isEqualTo("/assess/result");
		System.out.printf("Home page to a self-care result: %d taps, %d screens%n", taps.taps, taps.screens);
		assertThat(taps.taps).isLessThanOrEqualTo(12);
		assertThat(taps.screens).isLessThanOrEqualTo(6);
		assertThat(browser.find("#triage-level").getAttribute("data-level")).isEqualTo("self_care");
		// The first screen: the level, one line of why and what to do now, from the plan.
		assertOnFirstScreen(browser, "#triage-level", "#why-short", "#do-now ol");
		assertThat(browser.findAll("#do-now li")).hasSize(3);
		// What to watch for is open at self-care (HAZ-025), below the first screen.
		assertThat(browser.find("#safety-net").getAttribute("open")).isNotNull();
		assertThat(browser.find("#watch-for").isDisplayed()).isTrue();
		browser.assertAccessible().screenshots("result-self-care");
		browser.follow("#open-plan");
		assertThat(browser.path()).isEqualTo("/plan");
		assertThat(browser.findAll("#item-stay_active")).hasSize(1);
		assertThat(browser.findAll("[id^='item-']")).hasSizeGreaterThan(5);
		// The plan opens on today; every section is a tap away, folded.
		assertOnFirstScreen(browser, "#today");
		assertThat(browser.findAll("#today li")).hasSize(3);
		assertThat(browser.find("#item-stay_active").isDisplayed()).isFalse();
		long planHeight = pageHeight(browser);
		System.out.printf("The plan on a phone: %d px (%.1f screens)%n", planHeight,
				planHeight / (double) Browser.PHONE.getHeight());
		browser.assertAccessible().screenshots("plan-today");
		browser.driver().manage().window().setSize(Browser.PHONE);
		browser.click("#today li a");
		assertThat(browser.find("#item-stay_active").isDisplayed()).isTrue();
	}

	@Test
	void theEmergencyDepartmentHasTheNumbersToTapAndStartAgainAsksFirst(Browser browser) {
		browser.driver().manage().window().setSize(Browser.PHONE);
		browser.open("/assess").follow("#urgentSigns-none").follow("#emergencySigns-yes");
		browser.follow("#emergencySigns-saddle_numbness");
		assertThat(browser.find("#triage-level").getAttribute("data-level")).isEqualTo("emergency");
		assertThat(browser.find("#call-emergency").getAttribute("href")).isEqualTo("tel:" + EMERGENCY_NUMBER);
		assertThat(browser.find("#call-advice").getAttribute("href")).isEqualTo("tel:111");
		// The call buttons and the way to the nearest emergency department, on the first
		// screen.
		WebElement directions = browser.find("#find-emergency-department");
		assertThat(directions.getAttribute("href"))
			.isEqualTo("https://www.google.com/maps/search/?api=1&query=emergency%20department");
		assertThat(directions.getAttribute("rel")).isEqualTo("noopener noreferrer");
		assertOnFirstScreen(browser, "#triage-level", "#call-emergency", "#call-advice", "#find-emergency-department",
				"#why-short");
		browser.assertAccessible().screenshots("result-emergency-department");
		// The folds open for printing.
		((JavascriptExecutor) browser.driver()).executeScript("window.dispatchEvent(new Event('beforeprint'));");
		assertThat(browser.find("#safety-net").getAttribute("open")).isNotNull();
		((JavascriptExecutor) browser.driver()).executeScript("window.dispatchEvent(new Event('afterprint'));");
		assertThat(browser.find("#safety-net").getAttribute("open")).isNull();
		// The rest can be added after; "start again" is a small link that asks first.
		browser.follow("#add-details");
		assertThat(browser.path()).isEqualTo("/assess?step=3");
		WebElement restart = browser.find("#restart");
		WebElement next = browser.find("#next");
		assertThat(restart.getTagName()).isEqualTo("a");
		assertThat(restart.getLocation().getY() - (next.getLocation().getY() + next.getSize().getHeight()))
			.as("distance from the buttons to Start again")
			.isGreaterThan(60);
		browser.follow("#restart");
		browser.assertAccessible().screenshots("wizard-start-again");
		browser.follow("#restart-cancel");
		assertThat(browser.path()).isEqualTo("/assess?step=3");
		browser.follow("#restart").follow("#restart-confirm");
		assertThat(browser.path()).isEqualTo("/assess");
	}

	@Test
	void aBlankPainScoreIsNamedOnceBesideItAndControlsKeepTheirSize(Browser browser) {
		browser.driver().manage().window().setSize(Browser.PHONE);
		browser.open("/assess?step=3");
		browser.click("label[for='pain-region-upper_back']").follow("#next");
		assertThat(browser.text("#error-summary")).isNotBlank();
		assertThat(browser.findAll("#pain-intensity-error")).hasSize(1);
		assertThat(browser.text("#pain-intensity-error")).isEqualTo("Choose a number from 0 to 10.");
		// The error summary takes the focus, so a screen reader reads it first.
		assertThat(browser.focusedMatches("#error-summary, #error-summary *")).isTrue();
		browser.assertAccessible().screenshots("wizard-error");
		// Every radio button keeps its size, however long its label.
		for (WebElement radio : browser.findAll("input[name='pain.region'], input[name='sex']")) {
			assertThat(radio.getSize().getWidth()).as(radio.getAttribute("id")).isGreaterThanOrEqualTo(20);
			assertThat(radio.getSize().getHeight()).as(radio.getAttribute("id")).isGreaterThanOrEqualTo(20);
		}
		// Eleven numbers, each a target for a finger.
		List<WebElement> scale = browser.findAll(".scale__option span");
		assertThat(scale).hasSize(11);
		assertThat(scale).allSatisfy((button) -> assertThat(button.getSize().getHeight()).isGreaterThanOrEqualTo(44));
		assertThat(browser.find("#pain-region-upper_back").isSelected()).isTrue();
	}

	@Test
	void theWholeWizardWorksWithTheKeyboardAlone(Browser browser) {
		browser.open("/assess");
		browser.tabTo("#urgentSigns-none", 80).pressToLeave(Keys.ENTER);
		browser.tabTo("#emergencySigns-none", 80).pressToLeave(Keys.ENTER);
		chooseByKeyboard(browser, "pain.region", "lower_back");
		chooseByKeyboard(browser, "pain.intensity", "5");
		chooseByKeyboard(browser, "pain.durationDays", "4");
		typeByKeyboard(browser, "#age", "44");
		chooseByKeyboard(browser, "sex", "female");
		nextByKeyboard(browser);
		chooseByKeyboard(browser, "pregnant", "false");
		chooseByKeyboard(browser, "group.legs", "yes");
		browser.tabTo("#symptoms-weakness_both_legs", 120).press(Keys.SPACE);
		chooseByKeyboard(browser, "group.infection", "yes");
		browser.tabTo("#symptomsNotSure-fever", 120).press(Keys.SPACE);
		assertThat(browser.find("#symptomsNotSure-fever").isSelected()).isTrue();
		browser.tabTo("#none-of-these", 250).pressToLeave(Keys.ENTER);
		waitForResult(browser);
		assertThat(browser.path()).isEqualTo("/assess/result");
		assertThat(browser.find("#triage-level").getAttribute("data-level")).isEqualTo("emergency");
	}

	@Test
	void theWizardInSpanish(Browser browser) {
		browser.open("/assess?lang=es");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("es");
		assertThat(browser.text("#wizard-progress-text")).contains("1", "4").doesNotContain("Step");
		browser.assertAccessible().screenshots("wizard-es");
	}

	@Test
	void notSureAnswersByTouchLeadToTheNoteOnTheResult(Browser browser) {
		browser.driver().manage().window().setSize(Browser.PHONE);
		browser.open("/assess").follow("#urgentSigns-none").follow("#emergencySigns-none");
		browser.click("label[for='pain-region-lower_back']")
			.click("label[for='pain-intensity-5']")
			.click("label[for='pain-durationDays-4']")
			.type("#age", "35")
			.click("label[for='sex-female']")
			.follow("#next");
		// The lists are folded: a topic's list opens on "Yes".
		assertThat(browser.find("#symptoms-weakness_both_legs").isDisplayed()).isFalse();
		browser.click("label[for='pregnant-not_sure']")
			.click("label[for='group-legs-yes']")
			.click("label[for='symptomsNotSure-weakness_both_legs']")
			.click("label[for='group-history-yes']")
			.click("label[for='historyNotSure-osteoporosis']")
			.click("#details summary")
			.click("label[for='function-mobility-not_sure']")
			.click("label[for='pain-onset-not_sure']");
		assertThat(browser.find("#symptomsNotSure-weakness_both_legs").isSelected()).isTrue();
		assertThat(browser.find("#symptoms-weakness_both_legs").isSelected()).isFalse();
		browser.assertAccessible().screenshots("wizard-not-sure");
		// "No" to a topic unticks and folds its list again.
		browser.click("label[for='group-arms-yes']").click("label[for='symptoms-arm_weakness']");
		browser.click("label[for='group-arms-no']");
		assertThat(browser.find("#symptoms-arm_weakness").isSelected()).isFalse();
		assertThat(browser.find("#symptoms-arm_weakness").isDisplayed()).isFalse();
		browser.follow("#none-of-these");
		waitForResult(browser);
		assertThat(browser.find("#triage-level").getAttribute("data-level")).isEqualTo("emergency");
		assertThat(browser.text("#not-sure")).contains("You were not sure about some answers", "Both legs feel weak",
				"read as present", "answer again");
		browser.assertAccessible().screenshots("result-not-sure");
	}

	/**
	 * Step 4 asks by topic: a person in pain sees a few Yes / No / Not sure questions,
	 * not a wall of signs. Measured at phone size in English and the longer Spanish, with
	 * a woman of an age where the pregnancy questions apply (the longest page).
	 */
	@Test
	void theLastStepIsAFewTopicsOnAPhone(Browser browser) {
		for (String language : List.of("en", "es")) {
			browser.driver().manage().window().setSize(Browser.PHONE);
			browser.open("/assess?step=4&lang=" + language);
			long folded = pageHeight(browser);
			((JavascriptExecutor) browser.driver())
				.executeScript("document.querySelectorAll('.topic').forEach((t) => t.classList.add('topic--open'));");
			long open = pageHeight(browser);
			System.out.printf("Step 4 on a phone (%s): %d px by topic, %d px with every list open (%.1f screens)%n",
					language, folded, open, folded / (double) Browser.PHONE.getHeight());
			if (language.equals("en")) {
				((JavascriptExecutor) browser.driver()).executeScript(
						"document.querySelectorAll('.topic').forEach((t) => t.classList.remove('topic--open'));");
				browser.assertAccessible().screenshots("wizard-4-by-topic");
			}
			// Under three screens in English; Spanish words are longer.
			assertThat(folded).as(language)
				.isLessThan(language.equals("en") ? 3 * Browser.PHONE.getHeight() : 7 * Browser.PHONE.getHeight() / 2);
			assertThat(folded).as(language).isLessThan(open / 3);
		}
	}

	/** Each element ends within the first phone screen, without scrolling. */
	private static void assertOnFirstScreen(Browser browser, String... selectors) {
		browser.driver().manage().window().setSize(Browser.PHONE);
		((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
		for (String selector : selectors) {
			long bottom = ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
					"return document.querySelector(arguments[0]).getBoundingClientRect().bottom + window.scrollY;",
					selector))
				.longValue();
			System.out.printf("%s ends at %d px of %d%n", selector, bottom, Browser.PHONE.getHeight());
			assertThat(bottom).as(selector + " on the first phone screen").isLessThanOrEqualTo(innerHeight(browser));
		}
	}

	private static long innerHeight(Browser browser) {
		return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerHeight;"))
			.longValue();
	}

	private static long pageHeight(Browser browser) {
		return ((Number) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollHeight;")).longValue();
	}

	private static void waitForResult(Browser browser) {
		browser.waitUntil("the result page", (page) -> page.path().equals("/assess/result"));
	}

	/**
	 * Tabs into a group of radio buttons and moves to the wanted one with the arrow keys,
	 * as a keyboard user does.
	 */
	private static void chooseByKeyboard(Browser browser, String name, String value) {
		String group = "input[name='" + name + "']";
		browser.tabTo(group, 80).press(Keys.SPACE);
		List<String> values = browser.findAll(group).stream().map((radio) -> radio.getAttribute("value")).toList();
		String focused = browser.driver().switchTo().activeElement().getAttribute("value");
		int moves = values.indexOf(value) - values.indexOf(focused);
		for (int i = 0; i < Math.abs(moves); i++) {
			browser.press((moves > 0) ? Keys.ARROW_DOWN : Keys.ARROW_UP);
		}
		assertThat(browser.find(group + "[value='" + value + "']").isSelected()).as("%s = %s", name, value).isTrue();
	}

	private static void typeByKeyboard(Browser browser, String field, String text) {
		browser.tabTo(field, 80).press(text);
	}

	/** Every sign and condition has its own "not sure" box: up to 200 stops on a step. */
	private static void nextByKeyboard(Browser browser) {
		browser.tabTo("#next", 250).pressToLeave(Keys.ENTER);
	}

	/**
	 * Counts what a person does: each tap on the screen, each key typed (after the tap
	 * that puts the cursor in the box), and each new screen.
	 */
	private static final class Taps {

		private final Browser browser;

		int taps;

		int screens;

		Taps(Browser browser) {
			this.browser = browser;
		}

		void tap(String selector) {
			this.browser.click(selector);
			this.taps++;
		}

		void type(String selector, String text) {
			this.browser.type(selector, text);
			this.taps += 1 + text.length();
		}

		void follow(String selector) {
			this.browser.follow(selector);
			this.taps++;
			this.screens++;
		}

	}

}
