package org.backstop.app.passwordreset;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.backstop.app.account.Account;
import org.backstop.app.account.AccountRepository;
import org.backstop.app.account.AccountService;
import org.backstop.app.account.Emails;
import org.backstop.app.account.PasswordPolicy;
import org.backstop.app.account.Problem;
import org.backstop.app.account.SignIns;
import org.backstop.app.mail.MailOutbox;
import org.backstop.app.mail.MailQueue;
import org.backstop.app.security.Secrets;
import org.backstop.app.system.PublicAddress;
import org.backstop.core.problem.Violation;

/**
 * Sends reset links and sets a new password with one. A link holds 32 random bytes; only
 * their SHA-256 is stored, which is enough for a secret of that strength. Asking for a
 * link answers the same whether or not the account exists, so nobody can learn who has
 * one.
 */
@Service
public class PasswordResets implements DisposableBean {

	/** Links one account may be sent in an hour, so nobody can flood a person's inbox. */
	static final int MAX_LINKS_PER_HOUR = 5;

	/** Reset requests that may wait to be handled. */
	static final int MAX_WAITING = 1000;

	static final String SUBJECT = "Choose a new password for Backstop";

	static final String BAD_TOKEN = Problem.BAD_LINK.message();

	private static final Log log = LogFactory.getLog(PasswordResets.class);

	private final PasswordResetRepository resets;

	private final AccountRepository accounts;

	private final AccountService accountService;

	private final PasswordPolicy policy;

	private final MailOutbox outbox;

	private final SignIns signIns;

	private final Clock clock;

	private final Duration validFor;

	private final PublicAddress publicAddress;

	private final TransactionTemplate transaction;

	private final MailQueue requests = new MailQueue("backstop-password-reset", MAX_WAITING);

	PasswordResets(PasswordResetRepository resets, AccountRepository accounts, AccountService accountService,
			PasswordPolicy policy, MailOutbox outbox, SignIns signIns, Clock clock,
			@Value("${backstop.password-reset.valid-for:30m}") Duration validFor, PublicAddress publicAddress,
			PlatformTransactionManager transactions) {
		if (validFor.isNegative() || validFor.isZero()) {
			throw new IllegalStateException("backstop.password-reset.valid-for must be positive, not " + validFor);
		}
		this.resets = resets;
		this.accounts = accounts;
		this.accountService = accountService;
		this.policy = policy;
		this.outbox = outbox;
		this.signIns = signIns;
		this.clock = clock;
		this.validFor = validFor;
		this.publicAddress = publicAddress;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Sends a reset link to the account with this address, if there is one; says nothing
	 * either way. The address must already have the shape of one. The work is done on a
	 * thread of its own, so the time the answer takes does not tell whether the account
	 * exists either.
	 */
	public void request(String email) {
		String normalized = Emails.normalize(email);
		this.requests.submit(() -> send(normalized));
	}

	private void send(String email) {
		this.transaction.executeWithoutResult((status) -> {
			Optional<Account> account = this.accounts.findByEmail(email);
			if (account.isEmpty()) {
				return;
			}
			Instant now = this.clock.instant();
			UUID id = account.get().id();
			if (this.resets.countSince(id, now.minus(Duration.ofHours(1))) >= MAX_LINKS_PER_HOUR) {
				log.info("No reset link sent to account " + id + ": " + MAX_LINKS_PER_HOUR + " sent in the last hour");
				return;
			}
			String token = Secrets.random();
			this.resets.insert(Secrets.hash(token), id, now, now.plus(this.validFor));
			this.outbox.send(account.get().email(), SUBJECT, body(link(token)));
		});
	}

	/** Waits until every request so far has been handled: for tests. */
	void awaitRequests(Duration timeout) throws InterruptedException, TimeoutException, ExecutionException {
		this.requests.await(timeout);
	}

	@Override
	public void destroy() throws InterruptedException {
		this.requests.close();
	}

	/** How long a link works. */
	public Duration validFor() {
		return this.validFor;
	}

	/** What the person is told after asking, whatever happened. */
	public String acceptedMessage() {
		return "If an account exists for this email address, we have sent it a link to choose a new password. "
				+ "The link works once, within " + words(this.validFor) + ".";
	}

	/** Whether the link is live, for showing the form; changes nothing. */
	public boolean isLive(String token) {
		return token != null && !token.isBlank()
				&& this.resets.findLive(Secrets.hash(token), this.clock.instant()).isPresent();
	}

	/**
	 * Sets the new password with a live link, uses the link up, and signs the account out
	 * everywhere: every session, remembered sign-in and access token. Whoever reset it
	 * may not be whoever was signed in, so no session of the account is kept; the caller
	 * ends its own session too. Answers every problem, each naming its field
	 * ({@code token}, {@code newPassword}); when there is one, nothing is changed.
	 */
	public List<Violation> confirm(String token, String newPassword) {
		List<Violation> violations = new ArrayList<>();
		Account changed = this.transaction.execute((status) -> change(token, newPassword, violations));
		if (changed != null) {
			this.signIns.endSessions(changed.email(), null);
		}
		return violations;
	}

	private Account change(String token, String newPassword, List<Violation> violations) {
		Instant now = this.clock.instant();
		String tokenHash = Secrets.hash(token);
		Optional<Account> account = this.resets.findLive(tokenHash, now).flatMap(this.accounts::findById);
		// Check the password even without a good link, so one more try is enough.
		this.policy.fault(newPassword, account.map(Account::email).orElse(null))
			.ifPresent((problem) -> violations.add(new Violation("newPassword", problem)));
		if (account.isEmpty()) {
			violations.add(0, Problem.BAD_LINK.on("token"));
		}
		if (!violations.isEmpty()) {
			return null;
		}
		if (!this.resets.use(tokenHash, now)) {
			// The same link, used twice at the same moment: only one wins.
			violations.add(Problem.BAD_LINK.on("token"));
			return null;
		}
		var set = this.accountService.setPassword(account.get(), newPassword, "newPassword", true);
		if (!set.isValid()) {
			throw new IllegalStateException("the password passed the rules and then failed them");
		}
		this.resets.useAll(account.get().id(), now);
		return account.get();
	}

	private String link(String token) {
		return this.publicAddress.of("/password-reset/confirm?token=" + token);
	}

	private String body(String link) {
		return """
				Hello,

				Someone asked to choose a new password for the Backstop account of this email address. \
				If that was you, open this link to choose one:

				%s

				The link works once, within %s. Choosing a new password signs you out everywhere: \
				every browser and device, every "keep me signed in", and every personal access token.

				If you did not ask for this, you can ignore this message: your password stays as it is.

				Backstop
				""".formatted(link, words(this.validFor));
	}

	/** "30 minutes", "1 hour", "2 hours". */
	static String words(Duration duration) {
		long minutes = Math.max(1, duration.toMinutes());
		if (minutes % 60 == 0) {
			long hours = minutes / 60;
			return hours + ((hours == 1) ? " hour" : " hours");
		}
		return minutes + ((minutes == 1) ? " minute" : " minutes");
	}

}
