package org.backstop.app.medicine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Forms;
import org.backstop.app.Http;

/**
 * The medicine dose check page over real HTTP, posted as a browser without JavaScript.
 */
@ApiTest
class DosePageTest {

	@LocalServerPort
	int port;

	Http english() {
		return Http.browser(this.port).withHeader("Accept-Language", "en-GB");
	}

	/** The page's form as a browser would post it, with its CSRF token. */
	static Map<String, String> form(Http browser, String age) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", Forms.csrfToken(browser, "/doses"));
		fields.put("age", age);
		fields.put("timeZone", "UTC");
		fields.put("action", "check");
		return fields;
	}

	static void row(Map<String, String> fields, int row, String medicine, String mg, String takenAt, String product) {
		fields.put("doses[" + row + "].medicine", medicine);
		fields.put("doses[" + row + "].mg", mg);
		fields.put("doses[" + row + "].takenAt", takenAt);
		fields.put("doses[" + row + "].product", product);
	}

	/** A time {@code hours} hours before now, to the minute, as datetime-local in UTC. */
	static LocalDateTime hoursAgo(int hours) {
		return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).minusHours(hours);
	}

	static String local(LocalDateTime time) {
		return time.toString();
	}

	/** The HTML of one ingredient's block of the results. */
	static String block(String body, String code) {
		int start = body.indexOf("id=\"dose-" + code + "\"");
		assertThat(start).as("a block for " + code + " in " + body).isPositive();
		int end = body.indexOf("</article>", start);
		return body.substring(start, end);
	}

	@Test
	void theEmptyFormWorksWithoutJavaScript() {
		HttpResponse<String> page = english().get("/doses");
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		assertThat(body)
			.contains("<h1>Check your pain medicine doses</h1>", "id=\"dose-form\"", "method=\"post\"",
					"action=\"/doses\"", "name=\"_csrf\"", "id=\"dose-check\"", "id=\"dose-add-row\"",
					"name=\"doses[0].medicine\"", "name=\"doses[2].takenAt\"", "type=\"datetime-local\"",
					"<option value=\"acetaminophen\">Paracetamol (acetaminophen)</option>",
					"<label for=\"dose-1-mg\">Amount in mg</label>", "not medical advice", "ask a pharmacist",
					"Nothing you enter here is stored", "name=\"timeZone\"", "data-suggest=\"true\"")
			.doesNotContain("name=\"doses[3].medicine\"", "id=\"dose-results\"", "style=\"", " onclick=");
		// Only the layout's and the page's own scripts, deferred: no inline script.
		assertThat(body.split("<script", -1)).allSatisfy((part) -> {
			if (part.startsWith(" ")) {
				assertThat(part.substring(0, part.indexOf('>'))).contains("src=", "defer");
			}
		});
		// The zone is chosen, not typed: region zones, the browser's preselected by a
		// script.
		assertThat(body).contains("<select id=\"dose-timeZone\" name=\"timeZone\"",
				"<option value=\"Europe/Madrid\">Europe/Madrid</option>", "<option value=\"UTC\"", "/js/time-zone.js")
			.doesNotContain("<option value=\"SystemV/", "<option value=\"Etc/GMT+5");
		assertThat(english().get("/js/time-zone.js").statusCode()).isEqualTo(200);
		assertThat(english().get("/css/medicine.css").statusCode()).isEqualTo(200);
	}

	@Test
	void twoAcetaminophenProductsAddUpAndTheNextIsBlockedAtTheMaximum() {
		Http browser = english();
		Map<String, String> fields = form(browser, "40");
		LocalDateTime first = hoursAgo(20);
		row(fields, 0, "acetaminophen", "1000", local(first), "Tylenol");
		row(fields, 1, "acetaminophen", "1000", local(hoursAgo(14)), "Tylenol");
		row(fields, 2, "acetaminophen", "1000", local(hoursAgo(9)), "NyQuil");
		row(fields, 3, "acetaminophen", "1000", local(hoursAgo(5)), "NyQuil");
		HttpResponse<String> page = browser.postForm("/doses", fields);
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		assertThat(body).contains("id=\"dose-results\"").doesNotContain("id=\"dose-errors\"");
		String acetaminophen = block(body, "acetaminophen");
		assertThat(acetaminophen).contains("dose-status--later",
				"Not now. Your next dose is allowed from " + formatted(first.plusHours(24), Locale.UK),
				"Used in the last 24 hours: 4,000 mg of your daily maximum of 4,000 mg (100%).", "<meter",
				"max=\"4000\"", "value=\"4000\"", "id=\"dose-acetaminophen-same_ingredient_products\"",
				"These products all contain acetaminophen (paracetamol) and count together towards its daily maximum: Tylenol, NyQuil.",
				"even the smallest dose (500 mg) would go over the daily maximum", "Source: FDA Drug Facts")
			.doesNotContain("Allowed now");
		// The other medicines are untouched by acetaminophen.
		assertThat(block(body, "ibuprofen")).contains("dose-status--now", "Allowed now: take at most 400 mg.");
		assertThat(body).contains("Where the limits come from", "British National Formulary");
		// The form keeps what was entered.
		assertThat(body).contains("value=\"NyQuil\"", "value=\"" + local(first) + "\"");
	}

	@Test
	void aTooSoonIbuprofenSaysWhenItWillBeAllowed() {
		Http browser = english();
		Map<String, String> fields = form(browser, "35");
		LocalDateTime taken = hoursAgo(1);
		row(fields, 0, "ibuprofen", "400", local(taken), "");
		String body = browser.postForm("/doses", fields).body();
		String ibuprofen = block(body, "ibuprofen");
		assertThat(ibuprofen).contains("dose-status--later",
				"Not now. Your next dose is allowed from " + formatted(taken.plusHours(4), Locale.UK),
				// a busy machine may take a minute past the hour: "1 hour and 1 minute
				// ago"
				"Your last dose was 1 hour", "ago; wait at least 4 hours between doses.",
				"You can take ibuprofen again in 3 hours.", "Leave at least 4 hours between doses.");
		// Never two anti-inflammatories within 24 hours: naproxen waits a whole day.
		assertThat(block(body, "naproxen")).contains("dose-status--later",
				"Not now. Your next dose is allowed from " + formatted(taken.plusHours(24), Locale.UK));
		assertThat(block(body, "acetaminophen")).contains("dose-status--now");
	}

	@Test
	void theTimeZoneDecidesWhatTheTimesMean() {
		Http browser = english();
		Map<String, String> fields = form(browser, "35");
		fields.put("timeZone", "Europe/Madrid");
		// Typed on a Madrid clock; the answer is given on it too.
		LocalDateTime madridNow = LocalDateTime.now(java.time.ZoneId.of("Europe/Madrid"))
			.truncatedTo(ChronoUnit.MINUTES);
		row(fields, 0, "ibuprofen", "200", local(madridNow.minusHours(2)), "");
		String ibuprofen = block(browser.postForm("/doses", fields).body(), "ibuprofen");
		assertThat(ibuprofen).contains("Your last dose was 2 hours ago",
				"allowed from " + formatted(madridNow.plusHours(2), Locale.UK));
	}

	@Test
	void aChildGetsNoAdultDose() {
		Http browser = english();
		Map<String, String> fields = form(browser, "10");
		row(fields, 0, "ibuprofen", "200", local(hoursAgo(8)), "");
		String body = browser.postForm("/doses", fields).body();
		for (String code : DosePages.INGREDIENTS) {
			assertThat(block(body, code)).as(code)
				.contains("dose-status--advice", "Do not take it without a pharmacist&#39;s or doctor&#39;s advice.")
				.doesNotContain("Allowed now", "Not now.");
		}
		assertThat(block(body, "aspirin")).contains("16");
	}

	@Test
	void badInputIsNamedBesideEachFieldAndNothingIsLost() {
		Http browser = english();
		Map<String, String> fields = form(browser, "forty");
		fields.put("timeZone", "Mars/Olympus");
		// Row 1 is left empty: problems in later rows must still land on their own rows.
		row(fields, 0, "", "", "", "");
		row(fields, 1, "ibuprofen", "0", local(hoursAgo(3)), "Advil");
		row(fields, 2, "naproxen", "220", "yesterday", "Aleve");
		row(fields, 3, "acetaminophen", "500", local(LocalDateTime.now(ZoneOffset.UTC).plusDays(2)), "");
		HttpResponse<String> page = browser.postForm("/doses", fields);
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		assertThat(body)
			.contains("id=\"dose-errors\"", "Please check these fields", "href=\"#dose-age\"", "href=\"#dose-1-mg\"",
					"href=\"#dose-2-takenAt\"", "href=\"#dose-3-takenAt\"", "href=\"#dose-timeZone\"",
					"Row 2, </span><span>Amount in mg</span>", "Your age in years</span>")
			.doesNotContain("id=\"dose-results\"", "href=\"#dose-0-", "Exception");
		assertThat(body)
			.containsPattern("id=\"dose-age\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"dose-age-error\"");
		assertThat(body).containsPattern(
				"id=\"dose-1-mg\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"dose-1-mg-hint dose-1-mg-error\"");
		assertThat(body).containsPattern("id=\"dose-2-takenAt\"[^>]*aria-invalid=\"true\"");
		assertThat(body).containsPattern("id=\"dose-timeZone\"[^>]*aria-invalid=\"true\"");
		assertThat(body).containsPattern("id=\"dose-1-mg-error\">must be");
		assertThat(body).contains("id=\"dose-3-takenAt-error\">is in the future");
		assertThat(body).doesNotContainPattern("id=\"dose-2-mg\"[^>]*aria-invalid");
		// Every value comes back as typed.
		assertThat(body).contains("value=\"forty\"", "value=\"Mars/Olympus\"", "value=\"Advil\"", "value=\"yesterday\"",
				"value=\"Aleve\"", "value=\"0\"", "value=\"220\"");
		assertThat(body).containsPattern("<option value=\"naproxen\" selected=\"selected\">");
	}

	@Test
	void addingARowNeedsNoJavaScriptAndKeepsWhatWasTyped() {
		Http browser = english();
		Map<String, String> fields = form(browser, "52");
		fields.put("action", "add-row");
		fields.put("history", "stomach_ulcer");
		row(fields, 0, "aspirin", "300", "2025-03-10T08:30", "Bayer");
		String body = browser.postForm("/doses", fields).body();
		assertThat(body)
			.contains("name=\"doses[3].medicine\"", "value=\"Bayer\"", "value=\"2025-03-10T08:30\"", "value=\"52\"",
					"value=\"UTC\"")
			.doesNotContain("name=\"doses[4].medicine\"", "id=\"dose-results\"", "id=\"dose-errors\"",
					"data-suggest=\"true\"");
		assertThat(body).containsPattern("value=\"stomach_ulcer\" checked=\"checked\"");
		assertThat(body).containsPattern("<option value=\"aspirin\" selected=\"selected\">");
	}

	@Test
	void aHistoryLeavesOutWhatDoesNotSuit() {
		Http browser = english();
		Map<String, String> fields = form(browser, "45");
		fields.put("history", "stomach_ulcer");
		String body = browser.postForm("/doses", fields).body();
		assertThat(block(body, "ibuprofen")).contains("dose-status--advice", "stomach ulcer");
		assertThat(block(body, "acetaminophen")).contains("dose-status--now", "Allowed now: take at most 1,000 mg.");
	}

	@Test
	void spanishLabelsReasonsAndProblems() {
		Http browser = Http.browser(this.port).withHeader("Accept-Language", "es-ES");
		String empty = browser.get("/doses").body();
		assertThat(empty).contains("lang=\"es\"", "<h1>Comprueba tus dosis de analgésicos</h1>", "Cantidad en mg",
				"Cuándo lo tomaste", "<option value=\"acetaminophen\">Paracetamol</option>", "Ibuprofeno",
				"No se guarda nada", "pregunta en la farmacia", "Comprobar mis dosis", "Añadir otra fila",
				"Úlcera de estómago");
		Map<String, String> fields = form(browser, "35");
		LocalDateTime taken = hoursAgo(1);
		row(fields, 0, "ibuprofen", "400", local(taken), "");
		String body = browser.postForm("/doses", fields).body();
		String ibuprofen = block(body, "ibuprofen");
		assertThat(ibuprofen).contains(
				"Ahora no. Podrás tomar la siguiente dosis a partir de "
						+ formatted(taken.plusHours(4), Locale.forLanguageTag("es-ES")),
				"<h3", "Ibuprofeno", "<ul class=\"dose-status__reasons\">",
				// a busy machine may take a minute past the hour: "hace 1 hora y 1
				// minuto"
				"Tu última dosis fue hace 1 hora", "deja al menos 4 horas entre dosis.",
				"Podrás volver a tomar ibuprofeno dentro de 3 horas.");
		Map<String, String> bad = form(browser, "");
		assertThat(browser.postForm("/doses", bad).body()).contains("Revisa estos campos", "Tu edad en años",
				"Rellena este campo.");
	}

	@Test
	void aPregnancyWithoutItsWeekIsCheckedAsLateAndThePageSaysSoInBothLanguages() {
		Http spanish = Http.browser(this.port).withHeader("Accept-Language", "es-ES");
		Map<String, String> fields = form(spanish, "30");
		fields.put("pregnant", "on");
		fields.put("pregnancyWeeks", "");
		String body = spanish.postForm("/doses", fields).body();
		assertThat(body)
			.contains("id=\"dose-not-sure\"",
					"Backstop ha comprobado tus dosis como si cada una fuera la posibilidad más seria",
					"Si estás embarazada: ¿de cuántas semanas?", "se tomó como embarazo avanzado",
					"Si sabes de cuántas semanas estás, añádelas y vuelve a comprobar.")
			.doesNotContain("read as late in pregnancy");
		assertThat(block(body, "ibuprofen")).contains("dose-status--advice");
		Http english = english();
		Map<String, String> inEnglish = form(english, "30");
		inEnglish.put("pregnant", "on");
		assertThat(english.postForm("/doses", inEnglish).body()).contains("id=\"dose-not-sure\"",
				"Backstop checked your doses as if each was the more serious possibility",
				"If you are pregnant: how many weeks?", "read as late in pregnancy");
		Map<String, String> knownWeek = form(spanish, "30");
		knownWeek.put("pregnant", "on");
		knownWeek.put("pregnancyWeeks", "12");
		String known = spanish.postForm("/doses", knownWeek).body();
		assertThat(known).contains("id=\"dose-results\"").doesNotContain("id=\"dose-not-sure\"");
	}

	/** A child's answer, and aspirin's reason, are Spanish on Spanish pages too. */
	@Test
	void aChildsReasonsAreInSpanish() {
		Http browser = Http.browser(this.port).withHeader("Accept-Language", "es-ES");
		Map<String, String> fields = form(browser, "10");
		row(fields, 0, "acetaminophen", "500", local(hoursAgo(1)), "");
		String body = browser.postForm("/doses", fields).body();
		assertThat(block(body, "acetaminophen")).contains("Backstop no da dosis de medicamentos para niños");
		assertThat(block(body, "aspirin")).contains("síndrome de Reye");
		assertThat(body).doesNotContain("gives no medicine doses", "must not be given to anyone under 16");
	}

	@Test
	void moreThanTenDaysOfUseAskForAdviceInSpanishWithTheReasonInSpanish() {
		Http browser = Http.browser(this.port).withHeader("Accept-Language", "es-ES");
		Map<String, String> fields = form(browser, "40");
		for (int day = 0; day < 11; day++) {
			row(fields, day, "ibuprofen", "200", local(hoursAgo(24 * day + 5)), "");
		}
		String ibuprofen = block(browser.postForm("/doses", fields).body(), "ibuprofen");
		assertThat(ibuprofen)
			.contains("dose-status--advice", "No lo tomes sin consultar antes en la farmacia o con tu médico.",
					"<ul class=\"dose-status__reasons\">", "Has tomado ibuprofeno en 11 de los últimos 14 días",
					"id=\"dose-ibuprofen-over_days_of_use\"")
			.doesNotContain("Ahora no.", "id=\"dose-ibuprofen-days_of_use\"", "lang=\"en\"");
	}

	@Test
	void thePlansMedicinesSectionLinksHere() {
		Http browser = english();
		String csrf = Forms.csrfToken(browser, "/plan/input");
		HttpResponse<String> posted = browser.postForm("/plan/input", Map.of("_csrf", csrf, "input",
				"{\"age\": 40, \"sex\": \"male\", \"pain\": {\"intensity\": 5, \"region\": \"lower_back\", \"durationDays\": 3}}"));
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
		String plan = browser.get("/plan").body();
		String medicines = plan.substring(plan.indexOf("id=\"section-medicines\""));
		assertThat(medicines.substring(0, medicines.indexOf("</section>"))).contains("id=\"plan-doses-link\"",
				"href=\"/doses\"", "Check your doses");
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() {
		HttpResponse<String> refused = english().postForm("/doses", Map.of("age", "40"));
		assertThat(refused.statusCode()).isEqualTo(403);
	}

	private static String formatted(LocalDateTime time, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.format(time);
	}

}
