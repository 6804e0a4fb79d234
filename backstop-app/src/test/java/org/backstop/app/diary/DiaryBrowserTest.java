package org.backstop.app.diary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.Browser;
import org.backstop.app.BrowserTest;
import org.backstop.app.Http;
import org.backstop.app.People;

/** The diary on a phone: "spasm now, pain 6" from the home page in two taps. */
@BrowserTest
class DiaryBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void aSpasmIsLoggedFromTheHomePageInTwoTapsAndShowsInTheDiary(Browser browser) {
		String email = People.signUp(new Http(this.port));
		browser.open("/sign-in").type("#email", email).type("#password", People.PASSWORD);
		browser.follow("main button[type='submit']");
		browser.waitUntil("signed in", (page) -> page.path().startsWith("/account"));
		browser.driver().manage().window().setSize(Browser.PHONE);
		browser.open("/");
		assertThat(browser.findAll(".quick-log__buttons button")).hasSize(11);
		assertThat(((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
			.as("nothing runs off a 390-pixel screen")
			.isEqualTo(true);
		String browserZone = (String) ((JavascriptExecutor) browser.driver())
			.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone;");

		browser.follow("#quick-pain-6");
		assertThat(browser.findAll("#quick-logged")).hasSize(1);
		browser.follow("#quick-details");

		assertThat(browser.path()).startsWith("/account/diary?edit=");
		assertThat(browser.text(".diary__entry")).contains("pain 6", "1 spasm");
		assertThat(browser.find("#entry-pain").getAttribute("value")).isEqualTo("6");
		assertThat(browser.find("#entry-form input[name='timeZone']").getAttribute("value"))
			.as("saved in the browser's own time zone")
			.isEqualTo(browserZone);
		browser.assertAccessible();
		browser.screenshots("page-diary");
	}

	@Test
	void insightsAndProgressAreReadableInBothThemes(Browser browser) {
		Http api = new Http(this.port);
		String email = People.signUp(api);
		Http owner = api.withToken(People.token(api, email, "write"));
		for (int i = 0; i < 6; i++) {
			owner.postJson("/api/v1/diary/entries",
					"{\"at\":\"2026-11-2" + i + "T08:00:00Z\",\"spasms\":" + (i % 2) + ",\"pain\":" + (6 - i)
							+ ",\"treatments\":[{\"name\":\"heat\",\"painBefore\":7,\"painAfter\":" + (3 + i % 3)
							+ "}]}");
		}
		owner.putJson("/api/v1/diary/days/2026-11-20", "{\"sleepHours\":5,\"stress\":8}");
		browser.open("/sign-in").type("#email", email).type("#password", People.PASSWORD);
		browser.follow("main button[type='submit']");
		browser.waitUntil("signed in", (page) -> page.path().startsWith("/account"));
		for (String theme : new String[] { "dark", "light" }) {
			browser.open("/account/diary/insights?theme=" + theme).assertAccessible();
			assertThat(browser.findAll("svg.plot")).isNotEmpty();
			browser.open("/account/diary/progress?theme=" + theme).assertAccessible();
		}
		browser.waitUntil("the chart is drawn", (page) -> page.find("#pain-chart-figure").isDisplayed());
		browser.open("/account/diary/insights").screenshots("page-diary-insights");
		browser.open("/account/diary/progress").screenshots("page-diary-progress");
	}

}
