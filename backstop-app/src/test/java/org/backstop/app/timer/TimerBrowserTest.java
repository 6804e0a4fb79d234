package org.backstop.app.timer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.backstop.app.Browser;
import org.backstop.app.BrowserTest;

/** The therapy timers in a real browser: they count down, pause and reset. */
@BrowserTest
class TimerBrowserTest {

	@Test
	void aStretchTimerCountsDownPausesAndResets(Browser browser) throws InterruptedException {
		browser.open("/timers/stretch?seconds=30").assertAccessible();
		String start = browser.text("#timer-remaining");
		assertThat(start).isEqualTo("0:30");
		browser.click("#timer-start");
		browser.waitUntil("the timer counts down", (page) -> !page.text("#timer-remaining").equals(start),
				Duration.ofSeconds(5));
		browser.click("#timer-pause");
		String paused = browser.text("#timer-remaining");
		Thread.sleep(1500);
		assertThat(browser.text("#timer-remaining")).isEqualTo(paused);
		browser.click("#timer-reset");
		assertThat(browser.text("#timer-remaining")).isEqualTo(start);
		browser.screenshots("timer-stretch");
	}

	@Test
	void everyTimerPageIsAccessible(Browser browser) {
		for (String kind : new String[] { "heat", "cold", "stretch", "breathing" }) {
			browser.open("/timers/" + kind).assertAccessible();
		}
		browser.open("/timers").assertAccessible().screenshots("timers");
	}

}
