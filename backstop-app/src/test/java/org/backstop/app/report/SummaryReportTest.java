package org.backstop.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import org.backstop.app.ApiTest;
import org.backstop.app.Forms;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.account.AccountService;
import org.backstop.app.account.Role;

/**
 * The summary as a PDF over real HTTP, read back with PDFBox's text stripper: the
 * person's own download, a clinician's within a grant, a link opener's, and none without
 * leave; the red-flag answers word for word, the triage level, the reasons' sources, the
 * scores, the plan, "page N of M" on every page, and Spanish when asked for.
 */
@ApiTest
class SummaryReportTest {

	/**
	 * A history of cancer and a "not sure" about night sweats: warning-sign answers with
	 * reasons and sources, and a plan of comfort measures while care is sought.
	 */
	static final String INPUT = """
			{"age":58,"sex":"female","pregnant":false,"pain":{"intensity":7,"region":"lower_back",
			"durationDays":10,"trauma":"none"},"history":["cancer"],"symptomsNotSure":["night_sweats"]}""";

	private static final Pattern TOKEN = Pattern.compile("/s/([A-Za-z0-9_-]{43})");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	MessageSource messages;

	/** A person with an assessment, a diary and two questionnaire scores. */
	final class Owner {

		final String email = People.signUp(new Http(SummaryReportTest.this.port));

		final Http api = new Http(SummaryReportTest.this.port)
			.withToken(People.token(new Http(SummaryReportTest.this.port), this.email, "write"));

		final String id = Http.json(this.api.get("/api/v1/account")).get("id").stringValue();

		final JsonNode result;

		final Http browser = People.signedIn(SummaryReportTest.this.port, this.email);

		Owner() {
			this.result = People.giveRecord(this.api, INPUT, "");
		}

		HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
			return Forms.post(this.browser, "/account/sharing", path, fields);
		}

	}

	private String clinician(String name) {
		String email = People.freshEmail();
		assertThat(this.accounts.signUp(email, People.PASSWORD, name, Role.CLINICIAN).isValid()).isTrue();
		return email;
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/** Text as a template writes it: the five characters HTML reserves escaped. */
	private static String escaped(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	/** The text of each page, its whitespace made single spaces. */
	static List<String> pages(HttpResponse<byte[]> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
			.contains("filename=\"backstop-summary.pdf\"");
		assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			List<String> pages = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper();
			for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
				stripper.setStartPage(i);
				stripper.setEndPage(i);
				pages.add(flat(stripper.getText(pdf)));
			}
			return pages;
		}
		catch (IOException ex) {
			throw new AssertionError("not a PDF", ex);
		}
	}

	/** Kept under target/reports for a person to look at, as the screenshots are. */
	static void keepForReview(byte[] pdf, String name) {
		try {
			Path folder = Files.createDirectories(Path.of("target", "reports"));
			Files.write(folder.resolve(name), pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void wholeOnOnePage(List<String> pages, String chart) {
		assertThat(pages.stream().filter((page) -> page.contains(chart)).count()).as(chart + " in " + pages)
			.isEqualTo(1);
	}

	static String flat(String text) {
		return text.replaceAll("\\s+", " ");
	}

	/** Each page says which it is, of how many, in the reader's language. */
	static void numbered(List<String> pages, String pattern) {
		for (int i = 0; i < pages.size(); i++) {
			assertThat(pages.get(i)).as("page %d", i + 1).contains(pattern.formatted(i + 1, pages.size()));
		}
	}

	@Test
	void thePersonDownloadsTheirSummaryWithEveryWarningSignAnswerSourceScoreAndPageNumber() {
		Owner owner = new Owner();
		assertThat(owner.browser.get("/account").body()).contains("href=\"/account/sharing\"",
				"href=\"/account/report.pdf\"");

		HttpResponse<byte[]> download = owner.browser.getBytes("/account/report.pdf");
		keepForReview(download.body(), "summary-en.pdf");
		List<String> pages = pages(download);
		String all = String.join(" ", pages);
		Locale en = Locale.ENGLISH;
		assertThat(all).contains(msg("summary.heading", en), msg("layout.disclaimer", en), "Generated on ");
		assertThat(all).contains("“" + msg("assess.code.history.cancer", en) + "”",
				"“" + msg("assess.code.symptom.night_sweats", en) + "” — " + msg("summary.notSure", en));
		String level = owner.result.get("triage").get("level").stringValue();
		assertThat(all).contains(msg("summary.triage", en) + ": " + msg("assess.level." + level, en));
		for (JsonNode reason : owner.result.get("triage").get("reasons")) {
			assertThat(all).contains(flat(reason.get("text").stringValue()),
					flat("Source: " + reason.get("source").stringValue()));
		}
		// The plan the assessment gave, in headlines.
		assertThat(all).contains(msg("summary.plan", en));
		assertThat(owner.result.get("plan").get("sections")).isNotEmpty();
		for (JsonNode section : owner.result.get("plan").get("sections")) {
			assertThat(all).contains(section.get("items").get(0).get("title").stringValue());
		}
		// The diary and the questionnaire, with their charts.
		assertThat(all).contains(msg("summary.treatments", en), msg("diary.progress.tableCaption", en));
		assertThat(all).contains("numeric rating scale", msg("summary.latestScore", en) + ": 3.0",
				msg("summary.change", en) + ": -5.0");
		numbered(pages, "Page %d of %d");
		// Each chart whole on one page: its title, its axis and its last label together.
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		wholeOnOnePage(pages,
				msg("summary.severityTrend", en) + " 0 2.5 5 7.5 10 " + msg("diary.progress.pain", en) + " " + today);
		wholeOnOnePage(pages, msg("diary.progress.tableCaption", en) + " 0 2.5 5 7.5 10 "
				+ msg("diary.progress.pain", en) + " " + today.minusDays(3) + " " + today.minusDays(1));
		wholeOnOnePage(pages, "Pain 0-10 (numeric rating scale): scores over time 0 2.5 5 7.5 10 Score "
				+ today.minusDays(20) + " " + today.minusDays(1));

		// The download is in the person's own trail.
		assertThat(owner.browser.get("/account/activity").body()).contains("Downloaded your summary as a PDF");
	}

	@Test
	void aClinicianDownloadsOnlyWithAGrantAndOnlyWhatWasGrantedInTheirLanguage() {
		Owner owner = new Owner();
		String clinicianEmail = clinician("Dr Ana Ruiz");
		Http clinician = People.signedIn(this.port, clinicianEmail);
		String report = "/clinic/people/" + owner.id + "/report.pdf";

		assertThat(clinician.getBytes(report).statusCode()).as("before any grant").isEqualTo(404);
		assertThat(owner.browser.getBytes(report).statusCode()).as("the person on the clinic's address").isIn(403, 404);
		assertThat(new Http(this.port).getBytes(report).statusCode()).as("signed out").isNotEqualTo(200);

		HttpResponse<String> granted = owner.post("/account/sharing/grants",
				List.of(Map.entry("email", clinicianEmail),
						Map.entry("endsOn", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()),
						Map.entry("scopes", "assessments"), Map.entry("scopes", "plan")));
		assertThat(granted.statusCode()).as(granted.body()).isEqualTo(302);
		assertThat(clinician.get("/clinic/people/" + owner.id).body()).contains("href=\"" + report + "\"",
				"id=\"plan\"", "data-section=");

		Locale es = Locale.forLanguageTag("es");
		HttpResponse<byte[]> download = clinician.withHeader("Accept-Language", "es").getBytes(report);
		keepForReview(download.body(), "summary-es.pdf");
		List<String> pages = pages(download);
		String all = String.join(" ", pages);
		assertThat(all).contains(msg("summary.heading", es), msg("summary.redFlags", es).substring(0, 20),
				"“" + msg("assess.code.history.cancer", es) + "”", msg("summary.plan", es), "Generado el ");
		numbered(pages, "Página %d de %d");
		// Each reason in Spanish, with its source.
		for (JsonNode reason : owner.result.get("triage").get("reasons")) {
			assertThat(all).contains(flat(msg("rule." + reason.get("code").stringValue(), es)),
					flat("Fuente: " + reason.get("source").stringValue()));
		}
		// The summary page gives the same reasons in Spanish too.
		String page = clinician.withHeader("Accept-Language", "es").get("/clinic/people/" + owner.id).body();
		for (JsonNode reason : owner.result.get("triage").get("reasons")) {
			assertThat(page).contains(escaped(msg("rule." + reason.get("code").stringValue(), es)));
		}
		// Not granted: the diary and the questionnaires.
		assertThat(all).doesNotContain(msg("summary.diary", es) + " ", msg("summary.questionnaires", es),
				"numeric rating scale");

		assertThat(owner.browser.get("/account/activity?who=others").body()).contains("Dr Ana Ruiz",
				"Downloaded your summary as a PDF", "Looked at your self-care plan");
		Http otherClinician = People.signedIn(this.port, clinician("Dr Other"));
		assertThat(otherClinician.getBytes(report).statusCode()).as("another clinician").isEqualTo(404);
	}

	@Test
	void whoeverOpensALinkDownloadsItsSummaryWithTheSameNameAndPasscode() {
		Owner owner = new Owner();
		HttpResponse<String> made = owner.post("/account/sharing/links", List.of(Map.entry("label", "For the physio"),
				Map.entry("days", "7"), Map.entry("passcode", "correct horse"), Map.entry("scopes", "questionnaires")));
		Matcher token = TOKEN.matcher(made.body());
		assertThat(token.find()).as(made.body()).isTrue();
		Http opener = Http.browser(this.port);
		HttpResponse<String> opened = Forms.post(opener, "/s/" + token.group(1), "/s/" + token.group(1),
				List.of(Map.entry("name", "Physio Pat"), Map.entry("passcode", "correct horse")));
		assertThat(opened.statusCode()).isEqualTo(200);
		assertThat(opened.body()).contains("id=\"report-download-form\"");
		String csrf = Forms.csrfToken(opener, "/s/" + token.group(1));
		String path = "/s/" + token.group(1) + "/report.pdf";

		HttpResponse<byte[]> wrong = opener.postFormForBytes(path,
				Forms.body(csrf, List.of(Map.entry("name", "Physio Pat"), Map.entry("passcode", "guess"))));
		assertThat(wrong.statusCode()).isEqualTo(404);
		assertThat(new String(wrong.body(), StandardCharsets.UTF_8)).doesNotStartWith("%PDF");

		List<String> pages = pages(opener.postFormForBytes(path,
				Forms.body(csrf, List.of(Map.entry("name", "Physio Pat"), Map.entry("passcode", "correct horse")))));
		String all = String.join(" ", pages);
		assertThat(all).contains("numeric rating scale", msg("summary.questionnaires", Locale.ENGLISH))
			.doesNotContain(msg("assess.code.history.cancer", Locale.ENGLISH));
		numbered(pages, "Page %d of %d");
	}

}
