package org.backstop.app.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.ApiTest;
import org.backstop.app.Forms;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.account.AccountService;
import org.backstop.app.account.Role;
import org.backstop.app.fhir.Fhir;
import org.backstop.app.fhir.FhirValidation;
import org.backstop.app.fhir.ShareTerms;
import org.backstop.app.security.Secrets;

/**
 * Sharing over real HTTP and the real database: who may read a shared record and when,
 * links that die alike, the reader's name in the person's trail, and the summary a
 * clinician reads, from data the person entered through the API.
 */
@ApiTest
class SharingTest {

	/** Fever, a "not sure" leg weakness, and a history of cancer: warning signs. */
	static final String INPUT = """
			{"age":58,"sex":"female","pregnant":false,"pain":{"intensity":7,"region":"lower_back",
			"durationDays":10,"trauma":"none"},"symptoms":["fever"],"history":["cancer"]}""";

	private static final Pattern TOKEN = Pattern.compile("/s/([A-Za-z0-9_-]{43})");

	private static final Pattern REVOKE = Pattern
		.compile("action=\"(/account/sharing/(?:grants|links)/[0-9a-f-]+/revoke)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	/** A person with an assessment, a diary and a questionnaire, entered over the API. */
	final class Owner {

		final String email = People.signUp(new Http(SharingTest.this.port));

		final Http api = new Http(SharingTest.this.port)
			.withToken(People.token(new Http(SharingTest.this.port), this.email, "write"));

		final String id = Http.json(this.api.get("/api/v1/account")).get("id").stringValue();

		final String assessmentId;

		final Http browser = People.signedIn(SharingTest.this.port, this.email);

		Owner() {
			this.assessmentId = People
				.giveRecord(this.api, INPUT, ",\"medicines\":[{\"medicine\":\"ibuprofen\",\"mg\":400}]")
				.get("id")
				.stringValue();
		}

		HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
			return Forms.post(this.browser, "/account/sharing", path, fields);
		}

		HttpResponse<String> grant(String clinicianEmail, String endsOn, String... scopes) {
			List<Map.Entry<String, String>> fields = new java.util.ArrayList<>(
					List.of(Map.entry("email", clinicianEmail), Map.entry("endsOn", endsOn)));
			for (String scope : scopes) {
				fields.add(Map.entry("scopes", scope));
			}
			return post("/account/sharing/grants", fields);
		}

		String link(String passcode, String... scopes) {
			List<Map.Entry<String, String>> fields = new java.util.ArrayList<>(List
				.of(Map.entry("label", "For the physio"), Map.entry("days", "7"), Map.entry("passcode", passcode)));
			for (String scope : scopes) {
				fields.add(Map.entry("scopes", scope));
			}
			HttpResponse<String> made = post("/account/sharing/links", fields);
			assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
			assertThat(made.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
			Matcher token = TOKEN.matcher(made.body());
			assertThat(token.find()).as(made.body()).isTrue();
			return token.group(1);
		}

		/** The revoke addresses on the sharing page, in its order. */
		List<String> revokes() {
			Matcher m = REVOKE.matcher(this.browser.get("/account/sharing").body());
			List<String> found = new java.util.ArrayList<>();
			while (m.find()) {
				found.add(m.group(1));
			}
			return found;
		}

	}

	private String clinician(String name) {
		String email = People.freshEmail();
		assertThat(this.accounts.signUp(email, People.PASSWORD, name, Role.CLINICIAN).isValid()).isTrue();
		return email;
	}

	private static String inDays(int days) {
		return LocalDate.now(ZoneOffset.UTC).plusDays(days).toString();
	}

	@Test
	void aClinicianReadsExactlyWhatWasGrantedWhileTheGrantRuns() {
		Owner owner = new Owner();
		String clinicianEmail = clinician("Dr Grace Hopper");
		Http clinician = People.signedIn(this.port, clinicianEmail);
		Http otherClinician = People.signedIn(this.port, clinician("Dr Other"));
		String summary = "/clinic/people/" + owner.id;

		assertThat(clinician.get(summary).statusCode()).as("before any grant").isEqualTo(404);
		assertThat(clinician.get("/clinic/people").body()).contains("id=\"no-people\"");
		assertThat(owner.browser.get(summary).statusCode()).as("not a clinician").isNotEqualTo(200);

		HttpResponse<String> refused = owner.grant(clinicianEmail, inDays(400), "assessments");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"grant-ends-error\"", "at most a year");
		assertThat(owner.grant(owner.email, inDays(30), "assessments").body()).contains("id=\"grant-email-error\"");
		assertThat(owner.grant(clinicianEmail, inDays(30)).body()).contains("id=\"grant-scopes-error\"");
		assertThat(clinician.get(summary).statusCode()).as("after refused grants").isEqualTo(404);

		HttpResponse<String> granted = owner.grant(clinicianEmail, inDays(30), "assessments", "diary");
		assertThat(granted.statusCode()).as(granted.body()).isEqualTo(302);

		assertThat(clinician.get("/clinic/people").body()).contains("href=\"/clinic/people/" + owner.id + "\"");
		HttpResponse<String> read = clinician.get(summary);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(read.headers().firstValue("X-Robots-Tag").orElse("")).contains("noindex");
		assertThat(read.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		String page = read.body();
		// Every warning-sign answer, in the words the person chose them.
		assertThat(page).contains("id=\"latest-triage\"", "data-key=\"assess.code.symptom.fever\"",
				"data-key=\"assess.code.history.cancer\"", "I have or have had cancer", "id=\"assessments\"",
				"data-pain=\"7\"");
		// The diary, read by the diary's own services.
		assertThat(page).contains("id=\"diary\"", "id=\"pain-by-day\"", "data-treatment=\"heat_wrap\"",
				"data-medicine=\"ibuprofen\"", "js/history.js");
		// Not granted: the questionnaires.
		assertThat(page).doesNotContain("id=\"questionnaires\"", "data-instrument=");
		assertThat(page).doesNotContain("??");

		assertThat(otherClinician.get(summary).statusCode()).as("another clinician").isEqualTo(404);

		// Never a change, even with a grant.
		Http clinicianApi = new Http(this.port).withToken(People.token(new Http(this.port), clinicianEmail, "write"));
		assertThat(clinicianApi.delete("/api/v1/assessments/" + owner.assessmentId).statusCode()).isEqualTo(404);
		assertThat(clinicianApi.get("/api/v1/assessments/" + owner.assessmentId).statusCode()).isEqualTo(404);
		assertThat(owner.api.get("/api/v1/assessments/" + owner.assessmentId).statusCode()).isEqualTo(200);

		// The person reads who saw what, by name.
		String activity = owner.browser.get("/account/activity?who=others").body();
		assertThat(activity).contains("A clinician", "Dr Grace Hopper", "Looked at your diary&#39;s pain trend",
				"Looked at the list of saved assessments");
		assertThat(activity).doesNotContain("??");

		List<String> revokes = owner.revokes();
		assertThat(revokes).hasSize(1);
		assertThat(Forms.post(owner.browser, "/account/sharing", revokes.get(0), List.of()).statusCode())
			.isEqualTo(302);
		assertThat(clinician.get(summary).statusCode()).as("after revoking").isEqualTo(404);
		assertThat(clinician.get("/clinic/people").body()).contains("id=\"no-people\"");

		assertThat(owner.grant(clinicianEmail, inDays(0), "questionnaires").statusCode()).isEqualTo(302);
		assertThat(clinician.get(summary).body()).contains("data-instrument=\"nrs\"").doesNotContain("id=\"diary\"");
		this.jdbc.sql("UPDATE share_grant SET ends_at = ? WHERE owner_id = ? AND revoked_at IS NULL")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), UUID.fromString(owner.id))
			.update();
		assertThat(clinician.get(summary).statusCode()).as("after the end date").isEqualTo(404);
	}

	@Test
	void aLinkKeepsOnlyItsHashCountsWrongPasscodesAndEveryDeadLinkLooksTheSame() {
		Owner owner = new Owner();
		String token = owner.link("correct horse", "assessments", "questionnaires");
		String hash = this.jdbc.sql("SELECT token_hash FROM share_link WHERE owner_id = ?")
			.param(UUID.fromString(owner.id))
			.query(String.class)
			.single();
		assertThat(hash).isEqualTo(Secrets.hash(token));
		String row = this.jdbc.sql("SELECT * FROM share_link WHERE owner_id = ?")
			.param(UUID.fromString(owner.id))
			.query()
			.singleRow()
			.toString();
		assertThat(row).doesNotContain(token).doesNotContain("correct horse");
		assertThat(owner.browser.get("/account/sharing").body()).doesNotContain(token);

		Http opener = Http.browser(this.port);
		HttpResponse<String> form = opener.get("/s/" + token);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(form.headers().firstValue("X-Robots-Tag").orElse("")).contains("noindex");
		assertThat(form.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(form.body()).contains("id=\"opener-passcode\"").doesNotContain("https://");

		HttpResponse<String> noName = open(opener, token, "", "correct horse");
		assertThat(noName.statusCode()).isEqualTo(400);
		assertThat(noName.body()).contains("id=\"opener-name-error\"");
		HttpResponse<String> opened = open(opener, token, "Physio Pat", "correct horse");
		assertThat(opened.statusCode()).isEqualTo(200);
		assertThat(opened.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(opened.body()).contains("data-key=\"assess.code.symptom.fever\"", "data-instrument=\"nrs\"")
			.doesNotContain("id=\"diary\"");
		assertThat(owner.browser.get("/account/activity?who=others").body())
			.contains("Someone who opened a link you made", "Physio Pat");

		for (int i = 1; i < Links.MAX_FAILED_TRIES; i++) {
			HttpResponse<String> wrong = open(opener, token, "Mallory", "guess " + i);
			assertThat(wrong.statusCode()).as("wrong try " + i).isEqualTo(400);
			assertThat(wrong.body()).contains("id=\"opener-passcode-error\"");
		}
		HttpResponse<String> exhausted = open(opener, token, "Mallory", "guess 5");
		assertThat(exhausted.statusCode()).isEqualTo(404);
		String gone = page(exhausted);
		assertThat(open(opener, token, "Physio Pat", "correct horse").statusCode()).as("dead for good").isEqualTo(404);
		assertThat(page(opener.get("/s/" + token))).isEqualTo(gone);

		String expiring = owner.link("", "diary");
		assertThat(open(opener, expiring, "Physio Pat", "").statusCode()).isEqualTo(200);
		this.jdbc.sql("UPDATE share_link SET expires_at = ? WHERE token_hash = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), Secrets.hash(expiring))
			.update();
		HttpResponse<String> expired = opener.get("/s/" + expiring);
		assertThat(expired.statusCode()).isEqualTo(404);
		assertThat(page(expired)).isEqualTo(gone);

		String revoked = owner.link("", "diary");
		List<String> revokes = owner.revokes();
		assertThat(revokes).hasSize(1);
		assertThat(Forms.post(owner.browser, "/account/sharing", revokes.get(0), List.of()).statusCode())
			.isEqualTo(302);
		HttpResponse<String> afterRevoke = opener.get("/s/" + revoked);
		assertThat(afterRevoke.statusCode()).isEqualTo(404);
		assertThat(page(afterRevoke)).isEqualTo(gone);
		assertThat(afterRevoke.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

		HttpResponse<String> unknown = opener.get("/s/" + Secrets.random());
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(page(unknown)).isEqualTo(gone).contains("id=\"link-gone\"");
		assertThat(page(open(opener, Secrets.random(), "Physio Pat", ""))).isEqualTo(gone);
	}

	/** A page without its CSRF token, which is new on every answer. */
	private static String page(HttpResponse<String> response) {
		return response.body().replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\">", "");
	}

	private static HttpResponse<String> open(Http opener, String token, String name, String passcode) {
		return Forms.post(opener, "/sign-in", "/s/" + token,
				List.of(Map.entry("name", name), Map.entry("passcode", passcode)));
	}

	@Test
	void theFhirExportHoldsAValidConsentForEveryShareMadeEvenARevokedOne() {
		Owner owner = new Owner();
		String clinicianEmail = clinician("Dr Ada Byron");
		assertThat(owner.grant(clinicianEmail, inDays(30), "diary").statusCode()).isEqualTo(302);
		owner.link("", "questionnaires");
		List<String> revokes = owner.revokes();
		String linkRevoke = revokes.stream().filter((r) -> r.contains("/links/")).findFirst().orElseThrow();
		assertThat(Forms.post(owner.browser, "/account/sharing", linkRevoke, List.of()).statusCode()).isEqualTo(302);

		HttpResponse<String> export = owner.api.get("/api/v1/fhir/export");
		assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
		assertThat(FhirValidation.describe(FhirValidation.messages(export.body(), ResultSeverityEnum.ERROR))).isEmpty();
		Bundle bundle = Fhir.context().newJsonParser().parseResource(Bundle.class, export.body());
		List<Consent> consents = bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(Consent.class::isInstance)
			.map(Consent.class::cast)
			.toList();
		assertThat(consents).hasSize(2)
			.allSatisfy((c) -> assertThat(c.getPolicyFirstRep().getUri()).isEqualTo(ShareTerms.BACKSTOP_POLICY));
		Consent grant = consents.stream()
			.filter((c) -> c.getProvision().getActorFirstRep().getReference().getDisplay().equals("Dr Ada Byron"))
			.findFirst()
			.orElseThrow();
		assertThat(grant.getProvision().getClass_().stream().map(Coding::getCode))
			.containsExactlyInAnyOrder("Observation", "MedicationStatement");
		Consent link = consents.stream().filter((c) -> c != grant).findFirst().orElseThrow();
		assertThat(link.getProvision().getClass_().stream().map(Coding::getCode))
			.containsExactly("QuestionnaireResponse");
		assertThat(link.getProvision().getPeriod().getEnd()).as("access ended when it was revoked")
			.isBefore(grant.getProvision().getPeriod().getEnd());
		// The account export lists the same shares.
		assertThat(Http.json(owner.api.get("/api/v1/account/export")).get("shares").size()).isEqualTo(2);
	}

	@Test
	void aClinicianExportsAsFhirOnlyThePartsGrantedAndOnlyWhileTheGrantRuns() {
		Owner owner = new Owner();
		String clinicianEmail = clinician("Dr Rosalind Franklin");
		Http clinician = People.signedIn(this.port, clinicianEmail);
		String export = "/api/v1/fhir/people/" + owner.id + "/export";
		assertThat(clinician.get(export).statusCode()).as("before any grant").isEqualTo(404);

		assertThat(owner.grant(clinicianEmail, inDays(30), "assessments", "diary").statusCode()).isEqualTo(302);
		HttpResponse<String> shared = clinician.get(export);
		assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
		assertThat(shared.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(FhirValidation.describe(FhirValidation.messages(shared.body(), ResultSeverityEnum.ERROR))).isEmpty();
		Bundle bundle = Fhir.context().newJsonParser().parseResource(Bundle.class, shared.body());
		List<String> kinds = bundle.getEntry().stream().map((e) -> e.getResource().fhirType()).distinct().toList();
		assertThat(kinds).contains("Patient", "RiskAssessment", "Observation", "MedicationStatement")
			.doesNotContain("QuestionnaireResponse", "CarePlan", "AuditEvent", "Consent");

		assertThat(People.signedIn(this.port, clinician("Dr Other")).get(export).statusCode()).as("another clinician")
			.isEqualTo(404);
		assertThat(owner.browser.get("/account/activity").body()).contains("Dr Rosalind Franklin");
		owner.revokes().forEach((revoke) -> Forms.post(owner.browser, "/account/sharing", revoke, List.of()));
		assertThat(clinician.get(export).statusCode()).as("after revoking").isEqualTo(404);
	}

}
