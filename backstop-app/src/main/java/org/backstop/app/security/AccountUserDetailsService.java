package org.backstop.app.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import org.backstop.app.account.AccountRepository;
import org.backstop.app.account.Emails;

/** Loads an account for signing in with email and password. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Clock clock;

	AccountUserDetailsService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.accounts.findByEmail(Emails.normalize(email))
			.map((account) -> AccountUser.forSignIn(account, account.isLockedAt(this.clock.instant())))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

}
