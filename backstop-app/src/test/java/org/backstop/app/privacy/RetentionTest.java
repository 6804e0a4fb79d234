package org.backstop.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.backstop.app.database.SqlTime.utc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.ApiTest;
import org.backstop.app.People;
import org.backstop.app.account.AccountService;
import org.backstop.app.account.Role;
import org.backstop.app.audit.AuditTrail;

/**
 * The retention rules at fixed instants, on the real database. The clock is set years
 * back, so the records other tests make now are never old enough to go.
 */
@ApiTest
class RetentionTest {

	static final Instant NOW = Instant.parse("2021-06-01T00:00:00Z");

	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	@Autowired
	Retention retention;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	AccountService accounts;

	@Test
	void theCutoffsFollowTheDefaultSettings() {
		Retention.Cutoffs cutoffs = this.retention.cutoffs(CLOCK);
		assertThat(cutoffs.auditEventsBefore()).isEqualTo(Instant.parse("2019-06-02T00:00:00Z"));
		assertThat(cutoffs.outboxMailBefore()).isEqualTo(Instant.parse("2021-05-02T00:00:00Z"));
		assertThat(cutoffs.resetsExpiredBefore()).isEqualTo(Instant.parse("2021-05-31T00:00:00Z"));
		assertThat(cutoffs.closedContactsBefore()).isEqualTo(Instant.parse("2019-06-02T00:00:00Z"));
	}

	@Test
	void theCutoffsFollowOtherSettings() {
		Retention shorter = new Retention(this.jdbc, this.audit, 90, 7, 30);
		assertThat(shorter.cutoffs(CLOCK).auditEventsBefore()).isEqualTo(Instant.parse("2021-03-03T00:00:00Z"));
		assertThat(shorter.cutoffs(CLOCK).outboxMailBefore()).isEqualTo(Instant.parse("2021-05-25T00:00:00Z"));
		assertThat(shorter.cutoffs(CLOCK).closedContactsBefore()).isEqualTo(Instant.parse("2021-05-02T00:00:00Z"));
		assertThatIllegalStateException().isThrownBy(() -> new Retention(this.jdbc, this.audit, 730, 30, 0))
			.withMessageContaining("contact-days");
		assertThatIllegalStateException().isThrownBy(() -> new Retention(this.jdbc, this.audit, 0, 30, 730))
			.withMessageContaining("audit-days");
		assertThatIllegalStateException().isThrownBy(() -> new Retention(this.jdbc, this.audit, 730, -1, 730));
	}

	@Test
	void onlyWhatIsOlderThanItsCutoffIsRemoved() {
		UUID subject = UUID.randomUUID();
		UUID oldEvent = auditEvent(subject, "2019-06-01T23:59:59Z");
		UUID eventAtCutoff = auditEvent(subject, "2019-06-02T00:00:00Z");
		UUID recentEvent = auditEvent(subject, "2021-05-31T12:00:00Z");
		UUID oldMail = mail("2021-05-01T23:59:59Z");
		UUID mailAtCutoff = mail("2021-05-02T00:00:00Z");
		UUID recentMail = mail("2021-05-30T00:00:00Z");
		UUID account = this.accounts.signUp(People.freshEmail(), People.PASSWORD, null, Role.PATIENT).value().id();
		String longExpired = reset(account, "2021-05-30T23:59:59Z");
		String justExpired = reset(account, "2021-05-31T00:00:00Z");
		String live = reset(account, "2021-06-01T00:30:00Z");
		UUID closedLongAgo = contact("CLOSED", "2019-06-01T23:59:59Z");
		UUID closedAtCutoff = contact("CLOSED", "2019-06-02T00:00:00Z");
		UUID openLongAgo = contact("NEW", "2019-06-01T23:59:59Z");

		Retention.Removed removed = this.retention.removeExpired(CLOCK);

		assertThat(removed.auditEvents()).isGreaterThanOrEqualTo(1);
		assertThat(removed.outboxMail()).isGreaterThanOrEqualTo(1);
		assertThat(removed.passwordResets()).isGreaterThanOrEqualTo(1);
		assertThat(exists("audit_event", "id", oldEvent)).isFalse();
		assertThat(exists("audit_event", "id", eventAtCutoff)).isTrue();
		assertThat(exists("audit_event", "id", recentEvent)).isTrue();
		assertThat(exists("mail_outbox", "id", oldMail)).isFalse();
		assertThat(exists("mail_outbox", "id", mailAtCutoff)).isTrue();
		assertThat(exists("mail_outbox", "id", recentMail)).isTrue();
		assertThat(exists("password_reset", "token_hash", longExpired)).isFalse();
		assertThat(exists("password_reset", "token_hash", justExpired)).isTrue();
		assertThat(exists("password_reset", "token_hash", live)).isTrue();
		assertThat(removed.contactRequests()).isGreaterThanOrEqualTo(1);
		assertThat(exists("intake_request", "id", closedLongAgo)).isFalse();
		assertThat(exists("intake_request", "id", closedAtCutoff)).isTrue();
		assertThat(exists("intake_request", "id", openLongAgo)).as("a request still open stays").isTrue();

		// A second run at the same instant finds nothing more of these.
		this.retention.removeExpired(CLOCK);
		assertThat(exists("audit_event", "id", eventAtCutoff)).isTrue();
		assertThat(exists("password_reset", "token_hash", justExpired)).isTrue();
	}

	UUID auditEvent(UUID subject, String at) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO audit_event (id, at, subject_id, actor_id, actor_role, action, resource) "
					+ "VALUES (?, ?, ?, ?, 'PATIENT', 'READ', 'assessment')")
			.params(id, utc(Instant.parse(at)), subject, subject)
			.update();
		return id;
	}

	UUID contact(String status, String updatedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO intake_request (id, received_at, name, email, phone, contact_method, contact_time, "
					+ "reason, message, language, urgency, status, updated_at) "
					+ "VALUES (?, ?, 'Pat', 'pat@example.org', '', 'email', 'any', 'new_problem', '', 'en', 5, ?, ?)")
			.params(id, utc(Instant.parse(updatedAt)), status, utc(Instant.parse(updatedAt)))
			.update();
		return id;
	}

	UUID mail(String createdAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO mail_outbox (id, recipient, subject, body, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(id, People.freshEmail(), "Reset your password", "Hello", utc(Instant.parse(createdAt)))
			.update();
		return id;
	}

	String reset(UUID account, String expiresAt) {
		String hash = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
		Instant expires = Instant.parse(expiresAt);
		this.jdbc.sql("INSERT INTO password_reset (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(hash, account, utc(expires.minusSeconds(3600)), utc(expires))
			.update();
		return hash;
	}

	boolean exists(String table, String column, Object value) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?")
			.param(value)
			.query(Long.class)
			.single() > 0;
	}

}
