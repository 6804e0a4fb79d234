package org.backstop.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/**
 * The clinicians' queue over real HTTP: its order, who may see it, the changes and their
 * audit entries, and the CSV export.
 */
@ApiTest
class IntakeQueueTest {

	private static final Pattern ROW = Pattern.compile("id=\"request-([0-9a-f-]{36})\"");

	private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IntakeRepository requests;

	@Autowired
	AccountService accounts;

	@Test
	void theQueueIsMostUrgentFirstThenOldestThenId() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		// urgency, minutes after nine, id: stored in a mixed order
		UUID lowId = UUID.fromString("00000000-0000-0000-0000-000000000001");
		UUID highId = UUID.fromString("ffffffff-0000-0000-0000-000000000001");
		List<UUID> expected = new ArrayList<>();
		UUID selfCareLate = insert(tag, 4, 50, UUID.randomUUID());
		UUID notAssessed = insert(tag, IntakeRequest.NOT_ASSESSED, 0, UUID.randomUUID());
		UUID emergencyLate = insert(tag, 1, 30, UUID.randomUUID());
		UUID ambulance = insert(tag, 0, 40, UUID.randomUUID());
		UUID emergencyEarlyHighId = insert(tag, 1, 10, uniqueLike(highId));
		UUID emergencyEarlyLowId = insert(tag, 1, 10, uniqueLike(lowId));
		UUID selfCareEarly = insert(tag, 4, 5, UUID.randomUUID());
		expected.addAll(List.of(ambulance, emergencyEarlyLowId, emergencyEarlyHighId, emergencyLate, selfCareEarly,
				selfCareLate, notAssessed));

		Http clinician = ContactForms.signedIn(this.port, this.accounts, Role.CLINICIAN);
		HttpResponse<String> queue = clinician.get("/clinic/intake?q=" + tag);
		assertThat(queue.statusCode()).isEqualTo(200);
		assertThat(rows(queue.body())).containsExactlyElementsOf(expected);
		// New urgent requests stand out; a routine one does not.
		assertThat(queue.body()).containsPattern("id=\"request-" + ambulance + "\"[^>]*queue-row--urgent")
			.doesNotContainPattern("id=\"request-" + selfCareEarly + "\"[^>]*queue-row--urgent");

		assertThat(rows(clinician.get("/clinic/intake?urgency=urgent&q=" + tag).body())).containsExactly(ambulance,
				emergencyEarlyLowId, emergencyEarlyHighId, emergencyLate);
		this.requests.setStatus(emergencyLate, IntakeStatus.BOOKED, NINE);
		assertThat(rows(clinician.get("/clinic/intake?status=booked&q=" + tag).body())).containsExactly(emergencyLate);
	}

	@Test
	void onlyCliniciansSeeTheQueue() {
		UUID id = insert("access", 0, 0, UUID.randomUUID());
		Http anonymous = Http.browser(this.port);
		for (String path : List.of("/clinic/intake", "/clinic/intake/" + id, "/clinic/intake.csv")) {
			HttpResponse<String> answer = anonymous.get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location").orElse("")).as(path).endsWith("/sign-in");
		}
		for (Role role : List.of(Role.PATIENT, Role.ADMIN)) {
			Http other = ContactForms.signedIn(this.port, this.accounts, role);
			for (String path : List.of("/clinic/intake", "/clinic/intake/" + id, "/clinic/intake.csv")) {
				assertThat(other.get(path).statusCode()).as(role + " " + path).isEqualTo(403);
			}
			String token = Forms.csrfToken(other, "/contact");
			assertThat(other.postForm("/clinic/intake/" + id + "/status", Map.of("status", "closed", "_csrf", token))
				.statusCode()).as(role.name()).isEqualTo(403);
		}
		assertThat(this.requests.find(id).orElseThrow().status()).isEqualTo(IntakeStatus.NEW);
	}

	@Test
	void everyChangeIsAuditedWithWhoDidIt() {
		UUID id = insert("audit", 2, 0, UUID.randomUUID());
		String email = ContactForms.account(this.accounts, Role.CLINICIAN);
		Http clinician = People.signedIn(this.port, email);
		String page = clinician.get("/clinic/intake/" + id).body();
		String token = Forms.csrfToken(clinician, "/clinic/intake/" + id);
		assertThat(page).contains("Fever", "id=\"red-flags\"");

		assertThat(clinician.postForm("/clinic/intake/" + id + "/status", Map.of("status", "contacted", "_csrf", token))
			.statusCode()).isEqualTo(302);
		UUID me = this.jdbc.sql("SELECT id FROM account WHERE email = ?").param(email).query(UUID.class).single();
		assertThat(clinician
			.postForm("/clinic/intake/" + id + "/assign", Map.of("clinician", me.toString(), "_csrf", token))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> empty = clinician.postForm("/clinic/intake/" + id + "/notes",
				Map.of("note", "  ", "_csrf", token));
		assertThat(empty.body()).contains("id=\"note-error\"");
		assertThat(clinician
			.postForm("/clinic/intake/" + id + "/notes", Map.of("note", "Called, left a message.", "_csrf", token))
			.statusCode()).isEqualTo(302);

		IntakeRequest changed = this.requests.find(id).orElseThrow();
		assertThat(changed.status()).isEqualTo(IntakeStatus.CONTACTED);
		assertThat(changed.assignedTo()).isEqualTo(me);
		assertThat(clinician.get("/clinic/intake/" + id).body()).contains("Called, left a message.");
		List<String> audited = this.jdbc
			.sql("SELECT action || ' ' || resource FROM audit_event WHERE resource_id = ? AND actor_id = ? "
					+ "ORDER BY at, action")
			.params(id, me)
			.query(String.class)
			.list();
		assertThat(audited).contains("READ intake_request", "UPDATE intake_status", "UPDATE intake_assignment",
				"UPDATE intake_note");
	}

	@Test
	void theCsvExportKeepsTheOrderAndDisarmsFormulas() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UUID later = insert(tag, 3, 20, UUID.randomUUID());
		UUID formula = insert("=HYPERLINK(\"http://evil.example\",\"" + tag + "\")", 0, 30, UUID.randomUUID());
		Http clinician = ContactForms.signedIn(this.port, this.accounts, Role.CLINICIAN);

		HttpResponse<String> csv = clinician.get("/clinic/intake.csv?q=" + tag);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(Http.contentType(csv)).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
		List<String> lines = csv.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo(String.join(",", IntakeCsv.COLUMNS));
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).startsWith(formula.toString()).contains("\"'=HYPERLINK(");
		assertThat(lines.get(2)).startsWith(later.toString());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT' AND resource_id IN (?, ?)")
			.params(later, formula)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	/** A request as the form would store it, with its name holding the tag. */
	private UUID insert(String tag, int urgency, int minutesAfterNine, UUID id) {
		Instant at = NINE.plus(minutesAfterNine, ChronoUnit.MINUTES);
		String level = (urgency < IntakeRequest.NOT_ASSESSED)
				? List.of("emergency_ambulance", "emergency", "consultation_24", "consultation", "self_care")
					.get(urgency)
				: null;
		this.requests.insert(new IntakeRequest(id, at, tag.startsWith("=") ? tag : "Person " + tag, "a@example.org", "",
				ContactMethod.EITHER, ContactTime.ANY_TIME, ContactReason.NEW_PROBLEM, "", "en", null, urgency, level,
				(level != null) ? List.of("Fever") : List.of(), (level != null) ? at : null, null, IntakeStatus.NEW,
				null, at));
		return id;
	}

	/** An id that sorts where the given one does, unique to this run. */
	private static UUID uniqueLike(UUID prefix) {
		return new UUID(prefix.getMostSignificantBits(), UUID.randomUUID().getLeastSignificantBits());
	}

	private static List<UUID> rows(String html) {
		List<UUID> ids = new ArrayList<>();
		Matcher row = ROW.matcher(html);
		while (row.find()) {
			ids.add(UUID.fromString(row.group(1)));
		}
		return ids;
	}

}
