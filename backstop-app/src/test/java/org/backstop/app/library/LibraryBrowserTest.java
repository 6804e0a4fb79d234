package org.backstop.app.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import org.backstop.app.Browser;
import org.backstop.app.BrowserTest;

/** The education library in a real browser: search, read an article, accessibly. */
@BrowserTest
class LibraryBrowserTest {

	@Test
	void searchingForSaunaFindsTheHeatArticleAndItReadsWell(Browser browser) {
		browser.open("/library").assertAccessible().screenshots("library");
		browser.type("#library-search", "sauna").pressToLeave(Keys.ENTER);
		browser.waitUntil("search results for sauna", (page) -> page.path().contains("q=sauna"));
		assertThat(browser.text("#library-results")).containsIgnoringCase("heat");
		browser.assertAccessible().screenshots("library-search");
		browser.follow("#library-results a[href*='heat']");
		assertThat(browser.find("h1").getText()).containsIgnoringCase("heat");
		browser.assertAccessible().screenshots("library-article");
	}

	@Test
	void aSearchWithNoMatchSaysSo(Browser browser) {
		browser.open("/library?q=zzzzqqq");
		assertThat(browser.findAll("#library-no-results")).hasSize(1);
		assertThat(browser.findAll("#library-results a[href^='/library/']")).isEmpty();
		browser.assertAccessible();
	}

}
