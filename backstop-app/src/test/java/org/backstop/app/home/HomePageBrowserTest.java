package org.backstop.app.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import org.backstop.app.Browser;
import org.backstop.app.BrowserTest;

/** The home page in a real browser: accessible, keyboard reachable, in both themes. */
@BrowserTest
class HomePageBrowserTest {

	@Test
	void theHomePageIsAccessibleInBothThemes(Browser browser) {
		browser.open("/?theme=light").assertAccessible().screenshots("home-light");
		assertThat(browser.text("main")).contains("Call 999 now");
		browser.open("/?theme=dark").assertAccessible().screenshots("home-dark");
	}

	@Test
	void theFirstTabOffersToSkipToTheContentAndTheStartButtonIsReachable(Browser browser) {
		browser.open("/");
		browser.press(Keys.TAB);
		assertThat(browser.focusedMatches("a.skip-link")).isTrue();
		browser.press(Keys.ENTER).tabTo("main a.button--large", 15).pressToLeave(Keys.ENTER);
		assertThat(browser.path()).startsWith("/assess");
	}

}
