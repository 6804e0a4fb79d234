package org.backstop.app.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/** Creates accounts and changes passwords, always through the password rules. */
@Service
public class AccountService {

	private final AccountRepository accounts;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final SignIns signIns;

	private final SignUpWarnings warnings;

	AccountService(AccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder, Clock clock,
			SignIns signIns, SignUpWarnings warnings) {
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.clock = clock;
		this.signIns = signIns;
		this.warnings = warnings;
	}

	/**
	 * A person signing themselves up. The answer is the same whether or not the address
	 * already has an account, so nobody can learn who has one: no problems means "done,
	 * or the owner was told". A new account works at once; the owner of a known address
	 * gets an email saying how to sign in or reset the password instead, written on a
	 * thread of its own. The password is hashed either way, so the time taken does not
	 * tell either.
	 */
	@Transactional
	public List<Violation> signUpPerson(String email, String password, String displayName) {
		String normalized = Emails.normalize(email);
		List<Violation> violations = new ArrayList<>();
		Emails.fault(normalized).ifPresent((p) -> violations.add(new Violation("email", p)));
		this.policy.fault(password, normalized).ifPresent((p) -> violations.add(new Violation("password", p)));
		if (!violations.isEmpty()) {
			return violations;
		}
		String hash = hash(password);
		Optional<Account> existing = this.accounts.findByEmail(normalized);
		if (existing.isPresent()) {
			this.warnings.warn(existing.get().email());
			return List.of();
		}
		Instant now = this.clock.instant();
		try {
			this.accounts
				.insert(new Account(UUID.randomUUID(), normalized, hash, displayName, Role.PATIENT, now, now, 0, null));
		}
		catch (DuplicateKeyException ex) {
			// Two sign-ups with one address at the same moment: one of them made it.
		}
		return List.of();
	}

	/**
	 * A new account, or every problem with the request, each naming its field; for
	 * administrators making accounts, who may learn that an address is taken.
	 */
	@Transactional
	public Checked<Account> signUp(String email, String password, String displayName, Role role) {
		String normalized = Emails.normalize(email);
		List<Violation> violations = new ArrayList<>();
		Emails.fault(normalized).ifPresent((p) -> violations.add(new Violation("email", p)));
		this.policy.fault(password, normalized).ifPresent((p) -> violations.add(new Violation("password", p)));
		if (violations.isEmpty() && this.accounts.findByEmail(normalized).isPresent()) {
			violations.add(Problem.EMAIL_TAKEN.on("email"));
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
			return Checked.invalid(List.of(Problem.EMAIL_TAKEN.on("email")));
		}
		return Checked.valid(account);
	}

	/**
	 * Sets a new password after the rules; the caller has already proved who they are.
	 * Remembered sign-ins and access tokens end with the old password, and the owner is
	 * told by email; the caller then ends the sessions
	 * ({@link SignIns#endSessions(String, String)}).
	 * @param byReset whether a reset link proved who they are, rather than a sign-in
	 */
	@Transactional
	public Checked<Account> setPassword(Account account, String newPassword, String field, boolean byReset) {
		var problem = this.policy.fault(newPassword, account.email());
		if (problem.isPresent()) {
			return Checked.invalid(List.of(new Violation(field, problem.get())));
		}
		this.accounts.updatePassword(account.id(), hash(newPassword), this.clock.instant());
		this.signIns.passwordChanged(account, byReset);
		return Checked.valid(this.accounts.findById(account.id()).orElseThrow());
	}

	/**
	 * Changes the password of a signed-in person, who must give the current one; the
	 * problems name {@code currentPassword} or {@code newPassword}.
	 */
	@Transactional
	public Checked<Account> changePassword(Account account, String currentPassword, String newPassword) {
		if (!passwordMatches(account, currentPassword)) {
			return Checked.invalid(List.of(Problem.NOT_YOUR_PASSWORD.on("currentPassword")));
		}
		return setPassword(account, newPassword, "newPassword", false);
	}

	public boolean passwordMatches(Account account, String password) {
		return this.encoder.matches(password, account.passwordHash());
	}

	private String hash(String password) {
		return this.encoder.encode(password);
	}

	static final String TAKEN = Problem.EMAIL_TAKEN.message();

}
