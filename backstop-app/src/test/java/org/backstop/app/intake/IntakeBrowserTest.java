package org.backstop.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.Browser;
import org.backstop.app.BrowserTest;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.account.AccountService;
import org.backstop.app.account.Role;
import org.backstop.app.fhir.FhirValidation;

/**
 * The clinic loop in a real browser, end to end: a signed-in person checks their back,
 * meets a warning sign, sends the result to the clinic and is told not to wait, then
 * shares their record with a clinician. The clinician signs in, finds the request first
 * in the queue, marked, with the warning sign in the person's words, opens the record the
 * person shares, downloads it as a PDF and exports it as FHIR, and both are checked (the
 * PDF's text, the FHIR against the R4 base profiles). No other browser test writes
 * requests, so the queue holds only these.
 */
@BrowserTest
class IntakeBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	IntakeRepository requests;

	@Test
	void aPersonsUrgentRequestReachesTheTopOfTheQueueAndTheirSharedRecordItsClinician(Browser browser)
			throws Exception {
		// A routine request that came in earlier: the urgent one must still go before it.
		UUID routine = UUID.randomUUID();
		Instant earlier = Instant.now().minus(Duration.ofHours(1));
		this.requests.insert(new IntakeRequest(routine, earlier, "Routine Rita", "rita@example.org", "",
				ContactMethod.EMAIL, ContactTime.ANY_TIME, ContactReason.APPOINTMENT, "", "en", null, 3, "consultation",
				List.of(), earlier, null, IntakeStatus.NEW, null, earlier));
		String clinicianEmail = People.freshEmail();
		assertThat(this.accounts.signUp(clinicianEmail, People.PASSWORD, "Dr Lee", Role.CLINICIAN).isValid()).isTrue();
		String personEmail = People.freshEmail();
		String name = "Urgent Ursula " + UUID.randomUUID().toString().substring(0, 6);
		assertThat(this.accounts.signUp(personEmail, People.PASSWORD, name, Role.PATIENT).isValid()).isTrue();
		// A saved assessment from an earlier day, for the record the clinician reads.
		Http personApi = new Http(this.port).withToken(People.token(new Http(this.port), personEmail, "write"));
		HttpResponse<String> saved = personApi.postJson("/api/v1/assessments",
				"{\"age\":52,\"sex\":\"female\",\"pain\":{\"intensity\":7,\"region\":\"lower_back\",\"durationDays\":3},"
						+ "\"symptoms\":[\"saddle_numbness\"]}");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);

		signIn(browser, personEmail);
		browser.open("/assess").follow("#urgentSigns-none").follow("#emergencySigns-yes");
		browser.follow("#emergencySigns-saddle_numbness");
		assertThat(browser.find("#triage-level").getAttribute("data-level")).isEqualTo("emergency");

		browser.follow("#contact-clinic a");
		long opened = System.nanoTime();
		assertThat(browser.find("input[name='assessment'][value='this_browser']").isSelected())
			.as("the result reached at the warning sign is attached")
			.isTrue();
		browser.assertAccessible().screenshots("page-contact");
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
		assertThat(browser.path()).startsWith("/contact/sent/");
		assertThat(browser.find("#do-not-wait").getText()).contains("Do not wait for us to call you back");
		browser.assertAccessible().screenshots("page-contact-sent-urgent");

		browser.open("/account/sharing").type("#grant-email", clinicianEmail);
		for (WebElement scope : browser.findAll("#grant-form input[name='scopes']")) {
			scope.click();
		}
		((JavascriptExecutor) browser.driver()).executeScript(
				"document.getElementById('grant-ends').value = arguments[0]",
				LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
		browser.follow("#grant-form button[type='submit']");
		assertThat(browser.find("main").getText()).contains("Dr Lee");

		browser.driver().manage().deleteAllCookies();
		signIn(browser, clinicianEmail);
		browser.open("/clinic/intake");
		List<WebElement> rows = browser.findAll("#queue tbody tr");
		assertThat(rows.get(0).getText()).contains(name).containsIgnoringCase("New and urgent");
		assertThat(rows.get(0).getAttribute("class")).contains("queue-row--urgent");
		assertThat(rows.stream().map((row) -> row.getAttribute("id")).toList())
			.containsSubsequence(rows.get(0).getAttribute("id"), "request-" + routine);
		browser.assertAccessible().screenshots("page-intake-queue");

		browser.follow("#queue tbody tr:first-child a");
		assertThat(browser.text("#red-flags")).contains("Numbness between my legs or around my back passage");
		assertThat(browser.text("#triage")).containsIgnoringCase("emergency department");
		browser.assertAccessible();

		browser.follow("#shared-record");
		assertThat(browser.path()).startsWith("/clinic/people/");
		assertThat(browser.text("#latest-triage")).isNotBlank();
		browser.assertAccessible().screenshots("page-shared-summary");
		Http asClinician = new Http(this.port).withHeader("Cookie", cookies(browser));
		HttpResponse<byte[]> pdf = asClinician.getBytes(pathOf(browser, "#report-link"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument report = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(report)).contains(name, "Page 1 of");
		}
		HttpResponse<String> fhir = asClinician.get(pathOf(browser, "#fhir-link"));
		assertThat(fhir.statusCode()).as(fhir.body()).isEqualTo(200);
		assertThat(FhirValidation.describe(FhirValidation.messages(fhir.body(), ResultSeverityEnum.ERROR))).isEmpty();
		assertThat(fhir.body()).containsPattern("\"resourceType\"\\s*:\\s*\"RiskAssessment\"");
	}

	private static void signIn(Browser browser, String email) {
		browser.open("/sign-in").type("#email", email).type("#password", People.PASSWORD);
		browser.follow("main button[type='submit']");
	}

	private static String pathOf(Browser browser, String link) {
		return java.net.URI.create(browser.find(link).getAttribute("href")).getPath();
	}

	/** The browser's cookies for this site, as a Cookie header. */
	private static String cookies(Browser browser) {
		StringBuilder header = new StringBuilder();
		for (Cookie cookie : browser.driver().manage().getCookies()) {
			header.append(header.isEmpty() ? "" : "; ").append(cookie.getName()).append('=').append(cookie.getValue());
		}
		return header.toString();
	}

}
