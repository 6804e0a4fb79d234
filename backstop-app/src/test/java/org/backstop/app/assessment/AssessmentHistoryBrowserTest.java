package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.Browser;
import org.backstop.app.BrowserTest;
import org.backstop.app.Http;
import org.backstop.app.People;

/**
 * The saved assessments page in a real browser: the chart drawn from the table, in both
 * themes.
 */
@BrowserTest
class AssessmentHistoryBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void theChartShowsThePainOfEachSavedAssessmentOldestFirst(Browser browser) {
		Http api = new Http(this.port);
		String email = People.signUp(api);
		Http owner = api.withToken(People.token(api, email, "write"));
		for (String input : new String[] { AssessmentHistoryPagesTest.CALM, AssessmentHistoryPagesTest.CHEST_PAIN }) {
			assertThat(owner.postJson("/api/v1/assessments", input).statusCode()).isEqualTo(201);
		}
		signIn(browser, email);

		browser.follow("#assessments-link");
		browser.waitUntil("the chart is drawn", (page) -> page.find("#pain-chart-figure").isDisplayed());
		Object painDrawn = ((JavascriptExecutor) browser.driver())
			.executeScript("return document.getElementById('pain-chart').chart.data.datasets[0].data;");
		assertThat(painDrawn).asList().map(String::valueOf).containsExactly("3", "8");
		for (String theme : new String[] { "dark", "light" }) {
			browser.open("/account/assessments?theme=" + theme).assertAccessible();
		}
		browser.screenshots("page-saved-assessments");

		browser.follow("#saved-assessments tbody tr:first-child a");
		assertThat(browser.path()).startsWith("/account/assessments/");
		assertThat(browser.findAll("#call-emergency")).hasSize(1);
		browser.assertAccessible();
		String saved = browser.path();

		browser.follow("#delete-assessment").assertAccessible();
		browser.follow("#keep");
		assertThat(browser.path()).as("kept").isEqualTo(saved);
		browser.follow("#delete-assessment").follow("#confirm-delete");
		assertThat(browser.path()).isEqualTo("/account/assessments?deleted");
		assertThat(browser.findAll("#deleted")).hasSize(1);
		assertThat(browser.findAll("#saved-assessments tbody tr")).hasSize(1);
	}

	@Test
	void withOneSavedAssessmentThereIsNoChartOnlyTheTable(Browser browser) {
		Http api = new Http(this.port);
		String email = People.signUp(api);
		assertThat(api.withToken(People.token(api, email, "write"))
			.postJson("/api/v1/assessments", AssessmentHistoryPagesTest.CALM)
			.statusCode()).isEqualTo(201);
		signIn(browser, email);
		browser.open("/account/assessments");
		assertThat(browser.find("#pain-chart-figure").isDisplayed()).isFalse();
		assertThat(browser.findAll("#saved-assessments tbody tr")).hasSize(1);
	}

	private static void signIn(Browser browser, String email) {
		browser.open("/sign-in").type("#email", email).type("#password", People.PASSWORD);
		browser.follow("main button[type='submit']");
		browser.waitUntil("signed in", (page) -> page.path().startsWith("/account"));
	}

}
