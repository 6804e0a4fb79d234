package org.backstop.app.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.backstop.core.assessment.Checked;
import org.backstop.core.assessment.Violation;

/** Creates accounts and changes passwords, always through the password rules. */
@Service
public class AccountService {

	private final AccountRepository accounts;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder, Clock clock) {
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.clock = clock;
	}

	/** A new account, or every problem with the request, each naming its field. */
	@Transactional
	public Checked<Account> signUp(String email, String password, String displayName, Role role) {
		String normalized = Emails.normalize(email);
		List<Violation> violations = new ArrayList<>();
		Emails.problem(normalized).ifPresent((p) -> violations.add(new Violation("email", p)));
		this.policy.problem(password, normalized).ifPresent((p) -> violations.add(new Violation("password", p)));
		if (violations.isEmpty() && this.accounts.findByEmail(normalized).isPresent()) {
			violations.add(new Violation("email", TAKEN));
		}
		if (!violations.isEmpty()) {
			return Checked.invalid(violations);
		}
		Instant now = this.clock.instant();
		Account account = new Account(UUID.randomUUID(), normalized, hash(password), displayName, role, now, now, 0,
				null);
		try {
			this.accounts.insert(account);
		}
		catch (DuplicateKeyException ex) {
			// Two sign-ups with one address at the same moment: the second one loses.
			return Checked.invalid(List.of(new Violation("email", TAKEN)));
		}
		return Checked.valid(account);
	}

	/**
	 * Sets a new password after the rules; the caller has already proved who they are.
	 */
	@Transactional
	public Checked<Account> setPassword(Account account, String newPassword, String field) {
		var problem = this.policy.problem(newPassword, account.email());
		if (problem.isPresent()) {
			return Checked.invalid(List.of(new Violation(field, problem.get())));
		}
		this.accounts.updatePassword(account.id(), hash(newPassword), this.clock.instant());
		return Checked.valid(this.accounts.findById(account.id()).orElseThrow());
	}

	public boolean passwordMatches(Account account, String password) {
		return this.encoder.matches(password, account.passwordHash());
	}

	private String hash(String password) {
		return this.encoder.encode(password);
	}

	static final String TAKEN = Problem.EMAIL_TAKEN.message();

}
