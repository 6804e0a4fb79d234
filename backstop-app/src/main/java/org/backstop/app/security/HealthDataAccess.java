package org.backstop.app.security;

import static org.backstop.app.database.SqlTime.utc;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.backstop.app.account.Role;

/**
 * The one place that decides whether a caller may see or change a person's health data.
 * The person may read and change all of it. A clinician account may read the parts the
 * person granted it, while the grant runs and until it is revoked, and whoever opens a
 * live link the person made may read the parts it names; neither may ever change
 * anything. No role, administrators included, sees health data by its role alone.
 */
@Component
public class HealthDataAccess {

	private final JdbcClient jdbc;

	private final Clock clock;

	HealthDataAccess(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether the caller may read all of the owner's data: only the owner may. */
	public boolean mayRead(AccountUser caller, UUID ownerId) {
		return caller != null && caller.id().equals(ownerId);
	}

	/**
	 * Whether the caller may read this part of the owner's data: the owner or a grant.
	 */
	public boolean mayRead(AccountUser caller, UUID ownerId, HealthDataScope scope) {
		return mayRead(caller, ownerId)
				|| sharedWith(caller, ownerId).filter((read) -> read.mayRead(scope)).isPresent();
	}

	public boolean mayChange(AccountUser caller, UUID ownerId) {
		return caller != null && caller.canWrite() && caller.id().equals(ownerId);
	}

	/**
	 * The person's own leave to read all of their record through the services a share
	 * reads with, such as the summary; empty for anyone else.
	 */
	public Optional<SharedRead> own(AccountUser caller, UUID ownerId) {
		if (!mayRead(caller, ownerId)) {
			return Optional.empty();
		}
		return Optional
			.of(new SharedRead(ownerId, EnumSet.allOf(HealthDataScope.class), caller.id(), caller.role(), null, null));
	}

	/**
	 * What a clinician may read of the owner's record now: the union of the scopes of
	 * every running grant from the owner to them; empty without one, and for any account
	 * that is not a clinician's.
	 */
	public Optional<SharedRead> sharedWith(AccountUser caller, UUID ownerId) {
		if (caller == null || caller.role() != Role.CLINICIAN || caller.id().equals(ownerId)) {
			return Optional.empty();
		}
		List<String> granted = this.jdbc
			.sql("SELECT scopes FROM share_grant WHERE owner_id = ? AND clinician_id = ? AND revoked_at IS NULL "
					+ "AND ends_at > ?")
			.params(ownerId, caller.id(), utc(this.clock.instant()))
			.query(String.class)
			.list();
		Set<HealthDataScope> scopes = EnumSet.noneOf(HealthDataScope.class);
		granted.forEach((codes) -> scopes.addAll(HealthDataScope.split(codes)));
		if (scopes.isEmpty()) {
			return Optional.empty();
		}
		String name = this.jdbc.sql("SELECT COALESCE(display_name, email) FROM account WHERE id = ?")
			.param(caller.id())
			.query(String.class)
			.optional()
			.orElse(caller.email());
		return Optional.of(new SharedRead(ownerId, scopes, caller.id(), Role.CLINICIAN, name, null));
	}

	/**
	 * What the opener of a link may read: its scopes, while it is not revoked, not
	 * expired and not locked by wrong passcodes. The caller has already checked the token
	 * and any passcode; this decides only whether the link still lives.
	 * @param openerName the name the opener typed, kept in the owner's audit trail
	 */
	public Optional<SharedRead> byLink(UUID linkId, String openerName, int maxFailedTries) {
		return this.jdbc
			.sql("SELECT owner_id, scopes FROM share_link WHERE id = ? AND revoked_at IS NULL AND expires_at > ? "
					+ "AND failed_tries < ?")
			.params(linkId, utc(this.clock.instant()), maxFailedTries)
			.query((rs, row) -> new SharedRead(rs.getObject("owner_id", UUID.class),
					HealthDataScope.split(rs.getString("scopes")), null, null, openerName, linkId))
			.optional()
			.filter((read) -> !read.scopes().isEmpty());
	}

}
