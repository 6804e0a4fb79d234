package org.backstop.app.audit;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.backstop.app.account.Role;

/**
 * One entry of the audit trail.
 *
 * @param id its id
 * @param at when it happened
 * @param subjectId whose data it was
 * @param actorId who did it, or {@code null} when the account is gone
 * @param actorRole the role they acted in
 * @param action what they did
 * @param resource what kind of data, such as {@code assessment}
 * @param resourceId which item, or {@code null} for a whole list
 * @param actorName for a read of a shared record, the clinician's name or the name the
 * opener of a link typed; otherwise {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEvent(UUID id, Instant at, @JsonIgnore UUID subjectId, UUID actorId, Role actorRole,
		AuditAction action, String resource, UUID resourceId, String actorName) {

	/** Whether the person did it themselves. */
	@JsonProperty("byThemselves")
	public boolean byThemselves() {
		return this.subjectId.equals(this.actorId);
	}

}
