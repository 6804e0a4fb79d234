package org.backstop.app.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

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

	/**
	 * On a phone the header takes at most 12% of an 844 px screen, in English and the
	 * longer Spanish, signed out; every section and the language stay a tap away.
	 */
	@Test
	void thePhoneHeaderIsCompact(Browser browser) {
		for (String page : new String[] { "/?lang=en", "/assess?lang=es", "/library?lang=es" }) {
			browser.driver().manage().window().setSize(Browser.PHONE);
			browser.open(page);
			WebElement header = browser.find(".site-header");
			int height = header.getSize().getHeight();
			System.out.printf("Phone header on %s: %d px (%.1f%% of %d)%n", page, height,
					100.0 * height / Browser.PHONE.getHeight(), Browser.PHONE.getHeight());
			assertThat(height).as(page).isLessThanOrEqualTo(Browser.PHONE.getHeight() * 12 / 100);
			assertThat(browser.findAll(".site-nav a")).allSatisfy(
					(link) -> assertThat(link.getSize().getHeight()).as(link.getText()).isGreaterThanOrEqualTo(24));
			assertThat(browser.find(".site-prefs a[hreflang='es']").isDisplayed()).isTrue();
		}
		browser.assertAccessible().screenshots("home-phone-header");
	}

}
