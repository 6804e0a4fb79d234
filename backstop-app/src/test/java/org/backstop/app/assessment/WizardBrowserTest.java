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

	@Test
	void fromTheHomePageToACallButtonForChestPain(Browser browser) {
		browser.driver().manage().window().setSize(Browser.PHONE);
		browser.open("/").follow("main a.button--large");
		answerSteps(browser, "chest_pain");
		assertThat(browser.path()).isEqualTo("/assess/result");
		WebElement level = browser.find("#triage-level");
		assertThat(level.getAttribute("data-level")).isEqualTo("emergency_ambulance");
		assertThat(level.getText()).contains("ambulance");
		WebElement call = browser.find("#call-emergency");
		assertThat(call.getAttribute("href")).isEqualTo("tel:999");
		assertThat(call.getText()).contains("999");
		// The level and its call button come before everything else on the page.
		assertThat(call.getLocation().getY()).isLessThan(browser.find("#reasons").getLocation().getY());
		browser.assertAccessible().screenshots("result-emergency");
	}

	@Test
	void aPlainSpasmLeadsToSelfCareAndAPlanWithEveryStepAccessible(Browser browser) {
		browser.open("/assess");
		answerSteps(browser, null);
		assertThat(browser.find("#triage-level").getAttribute("data-level")).isEqualTo("self_care");
		browser.assertAccessible().screenshots("result-self-care");
		browser.follow("#open-plan");
		assertThat(browser.path()).isEqualTo("/plan");
		assertThat(browser.findAll("#item-stay_active")).hasSize(1);
		assertThat(browser.findAll("[id^='item-']")).hasSizeGreaterThan(5);
	}

	@Test
	void backKeepsTheAnswersAndAMistakeIsNamedBesideItsField(Browser browser) {
		browser.open("/assess");
		browser.click("label[for='pain-region-lower_back']").click("label[for='pain-radiation-none']").follow("#next");
		browser.type("#pain-intensity", "11").click("label[for='function-mobility-reduced']").follow("#next");
		assertThat(browser.text("#error-summary")).isNotBlank();
		assertThat(browser.find("#pain-intensity").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.text("#pain-intensity-error")).isNotBlank();
		// The error summary takes the focus, so a screen reader reads it first.
		assertThat(browser.focusedMatches("#error-summary, #error-summary *")).isTrue();
		browser.assertAccessible().screenshots("wizard-error");
		browser.follow("#back");
		assertThat(browser.find("#pain-region-lower_back").isSelected()).isTrue();
	}

	@Test
	void theWholeWizardWorksWithTheKeyboardAlone(Browser browser) {
		browser.open("/assess");
		chooseByKeyboard(browser, "pain.region", "lower_back");
		chooseByKeyboard(browser, "pain.radiation", "none");
		nextByKeyboard(browser);
		typeByKeyboard(browser, "#pain-intensity", "5");
		chooseByKeyboard(browser, "function.mobility", "reduced");
		nextByKeyboard(browser);
		chooseByKeyboard(browser, "pain.onset", "sudden");
		typeByKeyboard(browser, "#pain-durationDays", "2");
		chooseByKeyboard(browser, "pain.worseAtNightOrRest", "false");
		nextByKeyboard(browser);
		chooseByKeyboard(browser, "pain.trauma", "none");
		typeByKeyboard(browser, "#selfCare-weeksTried", "0");
		nextByKeyboard(browser);
		browser.tabTo("#symptoms-saddle_numbness", 80).press(Keys.SPACE);
		browser.tabTo("#symptomsNotSure-fever", 80).press(Keys.SPACE);
		assertThat(browser.find("#symptomsNotSure-fever").isSelected()).isTrue();
		nextByKeyboard(browser);
		typeByKeyboard(browser, "#age", "44");
		chooseByKeyboard(browser, "sex", "female");
		chooseByKeyboard(browser, "pregnant", "false");
		nextByKeyboard(browser);
		waitForResult(browser);
		assertThat(browser.path()).isEqualTo("/assess/result");
		assertThat(browser.find("#triage-level").getAttribute("data-level")).isEqualTo("emergency");
	}

	@Test
	void theWizardInSpanish(Browser browser) {
		browser.open("/assess?lang=es");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("es");
		assertThat(browser.text("#wizard-progress-text")).contains("1", "6").doesNotContain("Step");
		browser.assertAccessible().screenshots("wizard-es");
	}

	@Test
	void notSureAnswersByTouchLeadToTheNoteOnTheResult(Browser browser) {
		browser.driver().manage().window().setSize(Browser.PHONE);
		browser.open("/assess");
		browser.click("label[for='pain-region-lower_back']")
			.click("label[for='pain-radiation-below_knee']")
			.follow("#next");
		browser.type("#pain-intensity", "5").click("label[for='function-mobility-not_sure']").follow("#next");
		browser.click("label[for='pain-onset-not_sure']")
			.type("#pain-durationDays", "2")
			.click("label[for='pain-worseAtNightOrRest-not_sure']")
			.follow("#next");
		browser.click("label[for='pain-trauma-none']")
			.click("label[for='selfCare-weeksTried-not_sure']")
			.assertAccessible()
			.follow("#next");
		browser.click("label[for='symptomsNotSure-saddle_numbness']");
		assertThat(browser.find("#symptomsNotSure-saddle_numbness").isSelected()).isTrue();
		assertThat(browser.find("#symptoms-saddle_numbness").isSelected()).isFalse();
		browser.assertAccessible().screenshots("wizard-not-sure");
		browser.follow("#next");
		browser.type("#age", "35")
			.click("label[for='sex-female']")
			.click("label[for='pregnant-not_sure']")
			.click("label[for='historyNotSure-osteoporosis']")
			.assertAccessible()
			.follow("#next");
		waitForResult(browser);
		assertThat(browser.find("#triage-level").getAttribute("data-level")).isEqualTo("emergency");
		assertThat(browser.text("#not-sure")).contains("You were not sure about some answers",
				"Numbness between my legs or around my back passage", "read as present", "answer again");
		browser.assertAccessible().screenshots("result-not-sure");
	}

	/**
	 * The small "not sure" boxes beside each warning sign keep the list short on a phone:
	 * the page grows by well under half, in English and in the longer Spanish.
	 */
	@Test
	void theNotSureBoxesKeepTheWarningSignsShortOnAPhone(Browser browser) {
		for (String language : List.of("en", "es")) {
			browser.driver().manage().window().setSize(Browser.PHONE);
			browser.open("/assess?step=5&lang=" + language);
			long with = pageHeight(browser);
			((JavascriptExecutor) browser.driver())
				.executeScript("document.querySelectorAll('.choice__unsure').forEach((box) => box.remove());");
			long without = pageHeight(browser);
			System.out.printf("Warning signs on a phone (%s): %d px with the not-sure boxes, %d px without (x%.2f)%n",
					language, with, without, (double) with / without);
			assertThat(with).as(language).isLessThan(without * 3 / 2);
		}
	}

	private static long pageHeight(Browser browser) {
		return ((Number) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollHeight;")).longValue();
	}

	/**
	 * Answers the six steps with the mouse: a plain spasm, with this warning sign on the
	 * warning-signs step (or "none of these"), checking every step with axe on the way.
	 */
	private static void answerSteps(Browser browser, String warningSign) {
		browser.assertAccessible().screenshots("wizard-where");
		browser.click("label[for='pain-region-lower_back']").click("label[for='pain-radiation-none']").follow("#next");
		browser.assertAccessible();
		browser.type("#pain-intensity", "6").click("label[for='function-mobility-reduced']").follow("#next");
		browser.assertAccessible();
		browser.click("label[for='pain-onset-sudden']")
			.type("#pain-durationDays", "2")
			.click("label[for='pain-worseAtNightOrRest-false']")
			.follow("#next");
		browser.assertAccessible();
		browser.click("label[for='pain-trauma-none']").type("#selfCare-weeksTried", "0").follow("#next");
		browser.assertAccessible().screenshots("wizard-warning-signs");
		browser
			.click((warningSign != null) ? "label[for='symptoms-" + warningSign + "']"
					: "label[for='symptomsNone-true']")
			.follow("#next");
		browser.assertAccessible();
		browser.type("#age", "52").click("label[for='sex-male']").click("label[for='pregnant-false']").follow("#next");
		waitForResult(browser);
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

	/** Every warning sign has its own "not sure" box: up to 150 stops on that step. */
	private static void nextByKeyboard(Browser browser) {
		browser.tabTo("#next", 200).pressToLeave(Keys.ENTER);
	}

}
