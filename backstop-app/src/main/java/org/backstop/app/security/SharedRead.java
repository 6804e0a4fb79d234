package org.backstop.app.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.backstop.app.account.Role;

/**
 * Leave, given by {@link HealthDataAccess} alone, for someone other than the person to
 * read parts of their record now: a clinician they granted access to, or whoever opened a
 * link they made. It never allows a change. Whoever reads with it records each read in
 * the audit trail under its actor and name.
 */
public final class SharedRead {

	private final UUID ownerId;

	private final Set<HealthDataScope> scopes;

	private final UUID actorId;

	private final Role actorRole;

	private final String actorName;

	private final UUID linkId;

	SharedRead(UUID ownerId, Set<HealthDataScope> scopes, UUID actorId, Role actorRole, String actorName, UUID linkId) {
		this.ownerId = ownerId;
		this.scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
		this.actorId = actorId;
		this.actorRole = actorRole;
		this.actorName = actorName;
		this.linkId = linkId;
	}

	/** Whose record. */
	public UUID ownerId() {
		return this.ownerId;
	}

	public boolean mayRead(HealthDataScope scope) {
		return this.scopes.contains(scope);
	}

	public Set<HealthDataScope> scopes() {
		return this.scopes;
	}

	/** The clinician's account, or {@code null} for a link. */
	public UUID actorId() {
		return this.actorId;
	}

	/** The clinician's role, or {@code null} for a link. */
	public Role actorRole() {
		return this.actorRole;
	}

	/** The clinician's name, or the name the opener of a link typed. */
	public String actorName() {
		return this.actorName;
	}

	/** The link opened, or {@code null} for a clinician's grant. */
	public UUID linkId() {
		return this.linkId;
	}

	@Override
	public String toString() {
		return "SharedRead[" + this.ownerId + ", " + this.scopes + "]";
	}

}
