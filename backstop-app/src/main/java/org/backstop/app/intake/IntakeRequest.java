package org.backstop.app.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request to be contacted, as kept in the queue.
 *
 * @param id its id
 * @param receivedAt when it arrived
 * @param name how to address the person
 * @param email their email address, or empty
 * @param phone their phone number, or empty
 * @param method how they would like to be contacted
 * @param time when
 * @param reason why they wrote
 * @param message what they said, or empty
 * @param language the language they wrote in ({@code en}, {@code es})
 * @param accountId their account, when they were signed in
 * @param urgency the queue's order: 0 the most urgent triage level, 5 no assessment
 * @param triageLevel the attached assessment's level code, or {@code null}
 * @param redFlags the warning signs and history they ticked, word for word
 * @param assessedAt when the attached assessment was made, or {@code null}
 * @param embeddedFrom the clinic page that framed the form, as the browser said (context
 * only), or {@code null}
 * @param status where it stands
 * @param assignedTo the clinician it is assigned to, or {@code null}
 * @param updatedAt when it last changed
 */
public record IntakeRequest(UUID id, Instant receivedAt, String name, String email, String phone, ContactMethod method,
		ContactTime time, ContactReason reason, String message, String language, UUID accountId, int urgency,
		String triageLevel, List<String> redFlags, Instant assessedAt, String embeddedFrom, IntakeStatus status,
		UUID assignedTo, Instant updatedAt) {

	/** The urgency of a request without an assessment: after every triage level. */
	static final int NOT_ASSESSED = 5;

	/** Urgencies up to this are more urgent than a routine appointment. */
	static final int MOST_URGENT_ROUTINE = 2;

	public IntakeRequest {
		redFlags = List.copyOf(redFlags);
	}

	/** More urgent than a routine appointment. */
	public boolean isUrgent() {
		return this.urgency <= MOST_URGENT_ROUTINE;
	}

	/** Urgent and nobody has acted on it yet: it must stand out. */
	public boolean isNewAndUrgent() {
		return isUrgent() && this.status == IntakeStatus.NEW;
	}

	/** Whose data it is, for the audit trail: the account, else the request itself. */
	UUID subject() {
		return (this.accountId != null) ? this.accountId : this.id;
	}

}
