package org.backstop.app.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.Browser;
import org.backstop.app.BrowserTest;
import org.backstop.app.Waits;

/**
 * Backstop with no connection, in a real Chromium: once visited, the plan, an exercise
 * with its picture and a timer (which still counts down) open and work offline from the
 * service worker's copies; a page never visited and the wizard's answers sent offline get
 * the offline page, which says the answers were not sent and shows the emergency number;
 * and signing in empties the kept pages.
 */
@BrowserTest
class OfflineBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void visitedPagesWorkOfflineAndUnsentAnswersAreRefusedOutLoud(Browser browser) throws Exception {
		WebDriver driver = browser.driver();
		try (Unplug cable = new Unplug(this.port)) {
			String base = "http://localhost:" + cable.port();
			driver.get(base + "/");
			new WebDriverWait(driver, Waits.AT_MOST).withMessage("the service worker to control the page")
				.until((page) -> Boolean.TRUE
					.equals(script(page, "return navigator.serviceWorker.controller !== null;")));
			for (String path : List.of("/plan", "/exercises/bird_dog", "/timers/cold", "/assess")) {
				driver.get(base + path);
			}
			// The copies are written after each answer: wait for the last one.
			new WebDriverWait(driver, Waits.AT_MOST).withMessage("the wizard's page to be kept").until((page) -> {
				Object kept = ((JavascriptExecutor) page)
					.executeAsyncScript("var done = arguments[arguments.length - 1];"
							+ "caches.match('/timers/cold').then(function (r) { done(r !== undefined); });");
				return Boolean.TRUE.equals(kept);
			});

			cable.pullOut();
			// The wizard's answers, sent with no connection, are refused with a message.
			script(driver, "document.querySelector(\"main form[method='post']\").submit();");
			new WebDriverWait(driver, Waits.AT_MOST).withMessage("the offline page")
				.until((page) -> page.findElements(By.id("offline-not-sent")).size() == 1);
			assertThat(driver.findElement(By.tagName("main")).getText()).contains("They were not sent")
				.contains("Call 999 now");
			assertThat(driver.findElement(By.id("offline-urgent-call")).getAttribute("href")).isEqualTo("tel:999");

			driver.get(base + "/exercises/bird_dog");
			assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
			assertThat(script(driver,
					"var img = document.querySelector('main img[src$=\".svg\"]');"
							+ " return img !== null && img.complete && img.naturalWidth > 0;"))
				.as("the exercise's picture, from the cache")
				.isEqualTo(Boolean.TRUE);
			driver.get(base + "/timers/cold");
			String before = driver.findElement(By.id("timer-remaining")).getText();
			driver.findElement(By.id("timer-start")).click();
			new WebDriverWait(driver, Waits.AT_MOST).withMessage("the timer to count down offline")
				.until((page) -> !page.findElement(By.id("timer-remaining")).getText().equals(before));
			driver.get(base + "/plan");
			assertThat(driver.findElements(By.id("offline-not-sent"))).isEmpty();
			driver.get(base + "/library/faq");
			assertThat(driver.findElements(By.id("offline-not-sent"))).as("a page never visited").hasSize(1);

			cable.plugIn();
			driver.get(base + "/sign-in");
			new WebDriverWait(driver, Waits.AT_MOST).withMessage("the kept pages to be emptied at sign-in")
				.until((page) -> Boolean.FALSE
					.equals(((JavascriptExecutor) page).executeAsyncScript("var done = arguments[arguments.length - 1];"
							+ "caches.match('/plan').then(function (r) { done(r !== undefined); });")));
		}
	}

	private static Object script(WebDriver driver, String script) {
		return ((JavascriptExecutor) driver).executeScript(script);
	}

}
