package org.backstop.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;

/**
 * The public contact form as a browser without JavaScript sends it: problems beside each
 * field with nothing typed lost, the checks against scripts, the confirmation and its
 * email, and an urgent assessment telling the person not to wait.
 */
@ApiTest
class ContactFormTest {

	/** Saddle numbness and retention: the most urgent levels. */
	static final String URGENT = """
			{"age": 45, "sex": "female", "pain": {"intensity": 8, "region": "lower_back", "durationDays": 1},
			 "symptoms": ["saddle_numbness", "urinary_retention"]}""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FormStamps stamps;

	@Autowired
	ContactMails mails;

	@Test
	void badInputsAreNamedBesideEachFieldAndWhatWasTypedStays() {
		Http browser = Http.browser(this.port);
		HttpResponse<String> form = browser.get("/contact");
		assertThat(form.body()).contains("name=\"website\"", "name=\"stamp\"", "<label for=\"name\">");

		Map<String, String> fields = ContactForms.valid(this.stamps, "");
		fields.put("email", "not an address");
		fields.put("contactMethod", "phone");
		fields.put("reason", "gossip");
		fields.put("message", "x".repeat(ContactForm.MAX_MESSAGE + 1));
		fields.put("consentContact", "");
		fields.put("consentPrivacy", "");
		HttpResponse<String> bad = ContactForms.post(browser, "/contact", fields);

		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body())
			.contains("id=\"name-error\"", "id=\"email-error\"", "id=\"phone-error\"", "id=\"reason-error\"",
					"id=\"message-error\"", "id=\"consentContact-error\"", "id=\"consentPrivacy-error\"",
					"value=\"not an address\"", "Give a phone number", "longer than 2000 characters",
					"x".repeat(ContactForm.MAX_MESSAGE + 1))
			.doesNotContain("id=\"sent\"");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM intake_request WHERE message LIKE 'xxxx%'")
			.query(Long.class)
			.single()).isZero();

		Http spanish = Http.browser(this.port).withHeader("Accept-Language", "es");
		HttpResponse<String> sinDatos = ContactForms.post(spanish, "/contact",
				Map.of("stamp", this.stamps.issue(Instant.now().minusSeconds(60)), "contactMethod", "either",
						"contactTime", "any_time", "reason", "question"));
		assertThat(sinDatos.body()).contains("Da un correo electrónico o un teléfono", "Marca esto",
				"Rellena este campo");
	}

	@Test
	void aGoodRequestIsConfirmedAndTheEmailHoldsNoHealthData() throws Exception {
		String name = ContactForms.marker();
		Map<String, String> fields = ContactForms.valid(this.stamps, name);
		HttpResponse<String> sent = ContactForms.post(Http.browser(this.port), "/contact", fields);

		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.body()).contains("id=\"sent\"").doesNotContain("id=\"do-not-wait\"");
		assertThat(ContactForms.stored(this.jdbc, name)).isEqualTo(1);
		this.mails.await(Duration.ofSeconds(10));
		List<String> bodies = this.jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ?")
			.param(fields.get("email"))
			.query(String.class)
			.list();
		assertThat(bodies).hasSize(1);
		assertThat(bodies.get(0)).contains(name).doesNotContain("back went", "new_problem");
	}

	@Test
	void scriptsAreAnsweredAsIfTakenButNothingIsStored() {
		Http browser = Http.browser(this.port);
		String trapped = ContactForms.marker();
		Map<String, String> honeypot = ContactForms.valid(this.stamps, trapped);
		honeypot.put("website", "https://spam.example");
		assertThat(ContactForms.post(browser, "/contact", honeypot).body()).contains("id=\"sent\"");

		String hasty = ContactForms.marker();
		Map<String, String> tooFast = ContactForms.valid(this.stamps, hasty);
		tooFast.put("stamp", this.stamps.issue(Instant.now()));
		assertThat(ContactForms.post(browser, "/contact", tooFast).body()).contains("id=\"sent\"");

		String forger = ContactForms.marker();
		Map<String, String> forged = ContactForms.valid(this.stamps, forger);
		forged.put("stamp", Instant.now().minusSeconds(60).toEpochMilli() + ".made-up");
		assertThat(ContactForms.post(browser, "/contact", forged).body()).contains("id=\"sent\"");

		for (String name : List.of(trapped, hasty, forger)) {
			assertThat(ContactForms.stored(this.jdbc, name)).as(name).isZero();
		}
	}

	@Test
	void aFormOpenForTooLongIsShownAgainWithWhatWasTyped() {
		String name = ContactForms.marker();
		Map<String, String> stale = ContactForms.valid(this.stamps, name);
		stale.put("stamp", this.stamps.issue(Instant.now().minus(FormStamps.VALID_FOR).minusSeconds(60)));
		HttpResponse<String> again = ContactForms.post(Http.browser(this.port), "/contact", stale);
		assertThat(again.body()).contains("id=\"form-expired\"", "value=\"" + name + "\"");
		assertThat(ContactForms.stored(this.jdbc, name)).isZero();
	}

	@Test
	void anUrgentSavedAssessmentIsCopiedAndThePersonIsToldNotToWait() {
		Http api = new Http(this.port);
		String email = People.signUp(api);
		Http owner = api.withToken(People.token(api, email, "write"));
		HttpResponse<String> saved = owner.postJson("/api/v1/assessments", URGENT);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
		String id = Http.json(saved).get("id").stringValue();
		String level = Http.json(saved).get("triage").get("level").stringValue();
		assertThat(level).isIn("emergency_ambulance", "emergency");

		Http person = People.signedIn(this.port, email);
		assertThat(person.get("/contact").body()).contains("value=\"" + id + "\"");
		String name = ContactForms.marker();
		Map<String, String> fields = ContactForms.valid(this.stamps, name);
		fields.put("assessment", id);
		HttpResponse<String> sent = ContactForms.post(person, "/contact", fields);

		assertThat(sent.body()).contains("id=\"do-not-wait\"", "Do not wait for us to call you back",
				"level--" + level);
		// The confirmation has its own address: reloading it sends nothing again, and it
		// never names the person.
		String receipt = sent.uri().getPath();
		assertThat(receipt).matches("/contact/sent/[0-9a-f-]{36}");
		assertThat(Http.browser(this.port).get(receipt).body()).contains("id=\"do-not-wait\"").doesNotContain(name);
		assertThat(ContactForms.stored(this.jdbc, name)).isEqualTo(1);
		assertThat(Http.browser(this.port).get("/contact/sent/" + java.util.UUID.randomUUID()).body())
			.as("an id never issued")
			.contains("id=\"sent\"")
			.doesNotContain("id=\"do-not-wait\"");
		Map<String, Object> row = this.jdbc
			.sql("SELECT triage_level, urgency, red_flags, account_id FROM intake_request WHERE name = ?")
			.param(name)
			.query()
			.singleRow();
		assertThat(row.get("triage_level")).isEqualTo(level);
		assertThat(((Number) row.get("urgency")).intValue()).isLessThanOrEqualTo(1);
		assertThat(String.valueOf(row.get("red_flags"))).contains("Numbness between my legs or around my back passage",
				"I cannot pass urine, or my bladder does not empty");
		// The person's own export holds what they sent.
		JsonNode export = Http.json(owner.get("/api/v1/account/export"));
		assertThat(export.at("/contactRequests/0/name").stringValue()).isEqualTo(name);
		assertThat(export.at("/contactRequests/0/triageLevel").stringValue()).isEqualTo(level);
		assertThat(export.at("/contactRequests/0/status").stringValue()).isEqualTo("new");
		assertThat(export.at("/contactRequests/0/warningSigns").toString())
			.contains("Numbness between my legs or around my back passage");

		// Someone else's saved assessment cannot be attached.
		Http stranger = People.signedIn(this.port, People.signUp(api));
		Map<String, String> stolen = ContactForms.valid(this.stamps, ContactForms.marker());
		stolen.put("assessment", id);
		assertThat(ContactForms.post(stranger, "/contact", stolen).body()).contains("id=\"assessment-error\"");
		assertThat(ContactForms.stored(this.jdbc, stolen.get("name"))).isZero();
	}

}
