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

		browser.open("/assess");
		browser.click("label[for='pain-region-lower_back']").click("label[for='pain-radiation-none']").follow("#next");
		browser.type("#pain-intensity", "7").click("label[for='function-mobility-reduced']").follow("#next");
		browser.click("label[for='pain-onset-sudden']")
			.type("#pain-durationDays", "1")
			.click("label[for='pain-worseAtNightOrRest-false']")
			.follow("#next");
		browser.click("label[for='pain-trauma-none']").type("#selfCare-weeksTried", "0").follow("#next");
		browser.click("label[for='symptoms-chest_pain']").follow("#next");
		browser.type("#age", "58").click("label[for='sex-male']").click("label[for='pregnant-false']").follow("#next");
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
				"Call an ambulance now");
		assertThat(browser.findAll("#do-not-wait #call-emergency")).hasSize(1);
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
		assertThat(browser.text("#red-flags")).contains("Chest pain or pressure");
		assertThat(browser.text("#triage")).contains("Emergency: call an ambulance");
		browser.assertAccessible();
	}

}
