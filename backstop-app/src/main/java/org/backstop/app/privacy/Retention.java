package org.backstop.app.privacy;

import static org.backstop.app.database.SqlTime.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.backstop.app.audit.AuditTrail;

/**
 * How long Backstop keeps records that nobody deletes by hand: audit entries
 * ({@code backstop.retention.audit-days}, two years by default), mail in the outbox
 * ({@code backstop.retention.outbox-days}, 30 days), password reset links (a day after
 * they expire) and contact requests the clinic closed ({@code
 * backstop.retention.contact-days} after their last change, two years by default).
 * Assessments are kept until the person deletes them or their account; expired sessions
 * are removed by Spring Session itself.
 */
@Service
public class Retention {

	/**
	 * How long an expired reset link is kept, so a late click still gets a clear answer.
	 */
	static final Duration RESET_GRACE = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Duration auditFor;

	private final Duration outboxFor;

	private final Duration closedContactsFor;

	Retention(JdbcClient jdbc, AuditTrail audit, @Value("${backstop.retention.audit-days:730}") int auditDays,
			@Value("${backstop.retention.outbox-days:30}") int outboxDays,
			@Value("${backstop.retention.contact-days:730}") int contactDays) {
		if (auditDays < 1 || outboxDays < 1 || contactDays < 1) {
			throw new IllegalStateException("backstop.retention.audit-days, backstop.retention.outbox-days and "
					+ "backstop.retention.contact-days must be 1 or more; they are " + auditDays + ", " + outboxDays
					+ " and " + contactDays);
		}
		this.jdbc = jdbc;
		this.audit = audit;
		this.auditFor = Duration.ofDays(auditDays);
		this.outboxFor = Duration.ofDays(outboxDays);
		this.closedContactsFor = Duration.ofDays(contactDays);
	}

	/** What is old enough to go, at the clock's present instant. */
	public Cutoffs cutoffs(Clock clock) {
		Instant now = clock.instant();
		return new Cutoffs(now.minus(this.auditFor), now.minus(this.outboxFor), now.minus(RESET_GRACE),
				now.minus(this.closedContactsFor));
	}

	/** Removes everything older than its cutoff; returns how much went. */
	@Transactional
	public Removed removeExpired(Clock clock) {
		Cutoffs cutoffs = cutoffs(clock);
		int events = this.audit.forgetBefore(cutoffs.auditEventsBefore());
		int mail = this.jdbc.sql("DELETE FROM mail_outbox WHERE created_at < ?")
			.param(utc(cutoffs.outboxMailBefore()))
			.update();
		int resets = this.jdbc.sql("DELETE FROM password_reset WHERE expires_at < ?")
			.param(utc(cutoffs.resetsExpiredBefore()))
			.update();
		// A closed request's notes go with it (ON DELETE CASCADE).
		int contacts = this.jdbc.sql("DELETE FROM intake_request WHERE status = 'CLOSED' AND updated_at < ?")
			.param(utc(cutoffs.closedContactsBefore()))
			.update();
		return new Removed(events, mail, resets, contacts);
	}

	/**
	 * The instants before which records go.
	 *
	 * @param auditEventsBefore audit entries made before this
	 * @param outboxMailBefore outbox mail queued before this
	 * @param resetsExpiredBefore reset links that expired before this
	 * @param closedContactsBefore contact requests closed and last changed before this
	 */
	public record Cutoffs(Instant auditEventsBefore, Instant outboxMailBefore, Instant resetsExpiredBefore,
			Instant closedContactsBefore) {
	}

	/**
	 * How many records one run removed.
	 *
	 * @param auditEvents audit entries
	 * @param outboxMail outbox messages
	 * @param passwordResets reset links
	 * @param contactRequests closed contact requests
	 */
	public record Removed(int auditEvents, int outboxMail, int passwordResets, int contactRequests) {

		public int total() {
			return this.auditEvents + this.outboxMail + this.passwordResets + this.contactRequests;
		}

	}

}
