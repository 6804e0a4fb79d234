package org.backstop.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Pauses sign-in to an account after repeated wrong passwords, so that guessing is slow
 * even from many addresses. The pause ends on its own; a good sign-in or a password reset
 * clears the count. Counts live in the database, so every app node sees them.
 */
@Component
public class SignInThrottle {

	/** Wrong passwords in a row before the pause. */
	public static final int FAILURES_BEFORE_LOCK = 5;

	/** How long sign-in is paused. */
	public static final Duration LOCK = Duration.ofMinutes(15);

	private final AccountRepository accounts;

	private final Clock clock;

	SignInThrottle(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String email = String.valueOf(event.getAuthentication().getPrincipal());
		this.accounts.findByEmail(Emails.normalize(email)).ifPresent((account) -> {
			Instant now = this.clock.instant();
			// After a pause has ended, counting starts again from one.
			int failures = ((account.lockedUntil() != null && !account.isLockedAt(now)) ? 0 : account.failedSignIns())
					+ 1;
			Instant lockUntil = (failures >= FAILURES_BEFORE_LOCK) ? now.plus(LOCK) : null;
			this.accounts.setFailedSignIns(account.id(), failures, lockUntil);
		});
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof UserDetails user) {
			this.accounts.findByEmail(user.getUsername())
				.filter((account) -> account.failedSignIns() > 0 || account.lockedUntil() != null)
				.ifPresent((account) -> this.accounts.clearFailedSignIns(account.id()));
		}
	}

}
