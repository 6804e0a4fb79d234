package org.backstop.app.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.backstop.app.account.Account;
import org.backstop.app.account.AccountRepository;
import org.backstop.app.account.AccountService;
import org.backstop.app.account.Problem;
import org.backstop.app.audit.AuditTrail;
import org.backstop.core.problem.Violation;

/**
 * Deletes an account and everything kept about its person, for good. The person proves it
 * is them with their password and types a phrase, so that neither a stolen session nor a
 * slip of the hand can do it.
 */
@Service
public class AccountDeletion {

	/** What the person types to confirm. */
	public static final String PHRASE = "delete my account";

	private static final Logger log = LoggerFactory.getLogger(AccountDeletion.class);

	private final AccountRepository accounts;

	private final AccountService passwords;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	AccountDeletion(AccountRepository accounts, AccountService passwords, AuditTrail audit, JdbcClient jdbc,
			ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.jdbc = jdbc;
		this.sessions = sessions;
	}

	/**
	 * What stops this deletion: a wrong password, or a missing or different phrase. Empty
	 * means it may go ahead.
	 */
	public List<Violation> problems(Account account, String password, String confirm) {
		List<Violation> violations = new ArrayList<>();
		if (password == null || password.isEmpty()) {
			violations.add(Problem.REQUIRED.on("password"));
		}
		else if (!this.passwords.passwordMatches(account, password)) {
			violations.add(Problem.NOT_YOUR_PASSWORD.on("password"));
		}
		if (confirm == null || !PHRASE.equals(confirm.strip().toLowerCase(Locale.ROOT))) {
			violations.add(Problem.CONFIRM_PHRASE.on("confirm"));
		}
		return violations;
	}

	/**
	 * Removes the account and everything about it in one transaction: the account row
	 * (its assessments, tokens and reset links go with it by foreign key), the audit
	 * entries about the person, their remember-me sign-ins and the mail addressed to
	 * them. Entries about other people keep what the person did, without their id.
	 * Sessions go last, in Spring Session's own transaction: if that fails, nothing else
	 * is deleted; if the rest then fails to commit, the person is only signed out.
	 */
	@Transactional
	public void delete(Account account) {
		String email = account.email();
		this.jdbc.sql("DELETE FROM mail_outbox WHERE LOWER(recipient) = ?").param(email).update();
		this.jdbc.sql("DELETE FROM persistent_logins WHERE LOWER(username) = ?").param(email).update();
		this.audit.forgetSubject(account.id());
		this.audit.forgetActor(account.id());
		this.accounts.delete(account.id());
		FindByIndexNameSessionRepository<?> repository = this.sessions.getIfAvailable();
		if (repository != null) {
			repository.findByPrincipalName(email).keySet().forEach(repository::deleteById);
		}
		// The id only: the email is personal data, and it is gone now.
		log.info("Deleted account {} and everything kept about it", account.id());
	}

}
