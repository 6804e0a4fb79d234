package org.backstop.app.account;

import java.time.Instant;
import java.util.UUID;

/**
 * One account as stored.
 *
 * @param id its id
 * @param email the sign-in name, lower case
 * @param passwordHash the password's hash, with its algorithm prefix
 * @param displayName how the person wants to be called, or {@code null}
 * @param role what the account may do
 * @param createdAt when it was created
 * @param passwordChangedAt when the password was last set
 * @param failedSignIns failed sign-ins since the last good one
 * @param lockedUntil no sign-in before this instant, or {@code null}
 */
public record Account(UUID id, String email, String passwordHash, String displayName, Role role, Instant createdAt,
		Instant passwordChangedAt, int failedSignIns, Instant lockedUntil) {

	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

}
