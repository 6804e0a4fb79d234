package org.backstop.app.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import org.backstop.app.Browser;
import org.backstop.app.BrowserTest;
import org.backstop.app.Waits;

/** The therapy timers in a real browser: they count down, pause and reset. */
@BrowserTest
class TimerBrowserTest {

	@Test
	void aStretchTimerCountsDownPausesAndResets(Browser browser) {
		browser.open("/timers/stretch?seconds=30").assertAccessible();
		String start = browser.text("#timer-remaining");
		assertThat(start).isEqualTo("0:30");
		browser.click("#timer-start");
		browser.waitUntil("the timer counts down", (page) -> !page.text("#timer-remaining").equals(start));
		browser.click("#timer-pause");
		browser.waitUntil("the timer is paused", (page) -> page.find("#timer-start").isEnabled());
		String paused = browser.text("#timer-remaining");
		// Not a wait for something to happen: the check is that nothing happens for
		// longer than a tick, polled all along. A slow machine can only make it pass
		// more easily.
		await("the paused timer stays at " + paused).during(Duration.ofMillis(1500))
			.atMost(Waits.AT_MOST)
			.until(() -> browser.text("#timer-remaining"), paused::equals);
		browser.click("#timer-reset");
		assertThat(browser.text("#timer-remaining")).isEqualTo(start);
		browser.screenshots("timer-stretch");
	}

	/**
	 * Records what the page asks of the device (wake lock, vibration), passing the wake
	 * lock request on to the browser: instrumentation of the browser, not a stand-in for
	 * the timer.
	 */
	private static final String WATCH_THE_DEVICE = """
			window.asked = {wakeLock: [], vibrate: []};
			if ('wakeLock' in navigator) {
			  const request = navigator.wakeLock.request.bind(navigator.wakeLock);
			  navigator.wakeLock.request = (type) => { window.asked.wakeLock.push(type); return request(type); };
			}
			navigator.vibrate = (pattern) => { window.asked.vibrate.push(pattern); return true; };
			""";

	@Test
	void aRunningTimerKeepsTheScreenOnAndVibratesWhenItEnds(Browser browser) {
		browser.open("/timers/stretch?seconds=5");
		JavascriptExecutor page = (JavascriptExecutor) browser.driver();
		page.executeScript(WATCH_THE_DEVICE);
		browser.click("#timer-start");
		assertThat(page.executeScript("return window.asked.wakeLock;")).asList().containsExactly("screen");
		browser.waitUntil("the timer ends", (timer) -> timer.text("#timer-remaining").equals("0:00"));
		browser.waitUntil("a vibration at the end",
				(timer) -> !((List<?>) page.executeScript("return window.asked.vibrate;")).isEmpty());
		assertThat(browser.find("#timer").getAttribute("class")).contains("timer--done");
	}

	@Test
	void pacedBreathingTellsWhenToBreatheInAndOut(Browser browser) {
		browser.open("/timers/breathing");
		browser.click("#timer-start");
		browser.waitUntil("breathe in", (timer) -> !timer.text("#timer-phase").isBlank());
		String first = browser.text("#timer-phase");
		browser.waitUntil("then breathe out", (timer) -> !timer.text("#timer-phase").equals(first));
		browser.click("#timer-pause");
	}

	@Test
	void everyTimerPageIsAccessible(Browser browser) {
		for (String kind : new String[] { "heat", "cold", "stretch", "breathing" }) {
			browser.open("/timers/" + kind).assertAccessible();
		}
		browser.open("/timers").assertAccessible().screenshots("timers");
	}

}
