package org.backstop.app.careplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.backstop.app.Browser;
import org.backstop.app.BrowserTest;

/**
 * The plan in a real browser, for the person with a stomach ulcer and Raynaud's who is 30
 * weeks pregnant: what was left out is on the page with its reasons, the page and its
 * printable version pass axe, and the exercise pages too.
 */
@BrowserTest
class PlanBrowserTest {

	@Test
	void aPastedAssessmentGivesAnAccessiblePlanThatLeavesOutWhatIsUnsafe(Browser browser) {
		browser.open("/plan/input").assertAccessible();
		browser.type("#input", PlanPageTest.PREGNANT_ULCER_RAYNAUDS.strip()).follow("#input-submit");
		assertThat(browser.path()).startsWith("/plan");
		// What was left out, and why, is folded like every part of the plan: a tap away.
		browser.click("#excluded summary");
		assertThat(browser.text("#excluded")).containsIgnoringCase("ibuprofen").containsIgnoringCase("ulcer");
		assertThat(browser.findAll("#excluded-cold_pack")).hasSize(1);
		assertThat(browser.findAll("#item-cat_cow img[alt]")).isNotEmpty();
		browser.assertAccessible().screenshots("plan");
		browser.open("/plan/print").assertAccessible().screenshots("plan-print");
	}

	@Test
	void badPastedInputIsNamedBesideTheFieldAndNothingIsRemembered(Browser browser) {
		browser.open("/plan/input").type("#input", "{\"age\": 400}").follow("#input-submit");
		assertThat(browser.text("#input-errors")).contains("age");
		assertThat(browser.find("#input").getAttribute("aria-invalid")).isEqualTo("true");
		browser.assertAccessible();
		browser.open("/plan");
		assertThat(browser.findAll("#excluded")).isEmpty();
	}

	@Test
	void theExercisePagesAreAccessible(Browser browser) {
		browser.open("/exercises").assertAccessible().screenshots("exercises");
		browser.open("/exercises/childs_pose").assertAccessible().screenshots("exercise-childs-pose");
		assertThat(browser.findAll("main ol li")).hasSizeGreaterThanOrEqualTo(3);
	}

}
