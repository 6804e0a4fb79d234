package org.backstop.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import org.backstop.app.Browser;
import org.backstop.app.BrowserTest;
import org.backstop.app.People;
import org.backstop.app.account.AccountService;
import org.backstop.app.account.Role;

/**
 * From the public form to the clinician's queue in a real browser: a person checks their
 * back, gets an urgent result, sends it to the clinic and is told not to wait; a
 * clinician signs in and finds the request first in the queue, marked, with the warning
 * sign in the person's words. No other browser test writes requests, so the queue holds
 * only these.
 */
@BrowserTest
class IntakeBrowserTest {

	@Autowired
	AccountService accounts;

	@Autowired
	IntakeRepository requests;

	@Test
	void anUrgentResultSentFromTheFormIsFirstInTheClinicianQueue(Browser browser) throws InterruptedException {
		// A routine request that came in earlier: the urgent one must still go before it.
		UUID routine = UUID.randomUUID();
		Instant earlier = Instant.now().minus(Duration.ofHours(1));
		this.requests.insert(new IntakeRequest(routine, earlier, "Routine Rita", "rita@example.org", "",
				ContactMethod.EMAIL, ContactTime.ANY_TIME, ContactReason.APPOINTMENT, "", "en", null, 3, "consultation",
				List.of(), earlier, null, IntakeStatus.NEW, null, earlier));

		// The whole wizard, with both legs weak: the emergency department.
		browser.open("/assess").follow("#urgentSigns-none").follow("#emergencySigns-none");
		browser.click("label[for='pain-region-lower_back']")
			.click("label[for='pain-intensity-7']")
			.click("label[for='pain-durationDays-0']")
			.type("#age", "58")
			.click("label[for='sex-male']")
			.follow("#next");
		browser.click("label[for='group-legs-yes']")
			.click("label[for='symptoms-weakness_both_legs']")
			.follow("#none-of-these");
		browser.waitUntil("the result page", (page) -> page.path().equals("/assess/result"));

		browser.follow("#contact-clinic a");
		long opened = System.nanoTime();
		assertThat(browser.find("input[name='assessment'][value='this_browser']").isSelected()).isTrue();
		browser.assertAccessible().screenshots("page-contact");
		String name = "Urgent Ursula " + UUID.randomUUID().toString().substring(0, 6);
		browser.type("#name", name)
			.type("#phone", "+34 612 345 678")
			.click("input[name='contactMethod'][value='phone']")
			.click("input[name='reason'][value='new_problem']")
			.type("#message", "It started an hour ago.")
			.click("#consentContact")
			.click("#consentPrivacy");
		// A person takes a few seconds at least; sooner, the form is taken for a
		// script's.
		Thread.sleep(Math.max(0, Duration.ofMillis(3200).minusNanos(System.nanoTime() - opened).toMillis()));
		browser.follow("#send");

		assertThat(browser.find("#do-not-wait").getText()).contains("Do not wait for us to call you back",
				"Go to an emergency department now", "If you cannot get there safely, call");
		browser.assertAccessible().screenshots("page-contact-sent-urgent");

		String clinician = People.freshEmail();
		assertThat(this.accounts.signUp(clinician, People.PASSWORD, "Dr Lee", Role.CLINICIAN).isValid()).isTrue();
		browser.open("/sign-in").type("#email", clinician).type("#password", People.PASSWORD);
		browser.follow("main button[type='submit']");
		browser.open("/clinic/intake");
		List<WebElement> rows = browser.findAll("#queue tbody tr");
		assertThat(rows.get(0).getText()).contains(name).containsIgnoringCase("New and urgent");
		assertThat(rows.get(0).getAttribute("class")).contains("queue-row--urgent");
		assertThat(rows.stream().map((row) -> row.getAttribute("id")).toList())
			.containsSubsequence(rows.get(0).getAttribute("id"), "request-" + routine);
		browser.assertAccessible().screenshots("page-intake-queue");

		browser.follow("#queue tbody tr:first-child a");
		assertThat(browser.text("#red-flags")).contains("Both legs feel weak");
		assertThat(browser.text("#triage")).contains("Emergency department now");
		browser.assertAccessible();
	}

}
