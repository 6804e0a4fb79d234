package org.backstop.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.backstop.app.mail.MailOutbox;
import org.backstop.app.mail.MailQueue;
import org.backstop.app.system.PublicAddress;

/**
 * Tells the owner of an address that someone tried to sign up with it. The work is done
 * on a thread of its own, as for reset links, so that a sign-up with a known address
 * takes no longer to answer than one with a new address.
 */
@Service
class SignUpWarnings implements DisposableBean {

	static final String SUBJECT = "Someone tried to make a Backstop account with your address";

	/** Warnings one address may get in an hour, so nobody can flood a person's inbox. */
	static final int MAX_PER_HOUR = 3;

	/** Warnings that may wait to be written; beyond them, warnings are dropped. */
	static final int MAX_WAITING = 1000;

	private final MailOutbox outbox;

	private final PublicAddress publicAddress;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final MailQueue warnings = new MailQueue("backstop-sign-up-warning", MAX_WAITING);

	SignUpWarnings(MailOutbox outbox, PublicAddress publicAddress, Clock clock,
			PlatformTransactionManager transactions) {
		this.outbox = outbox;
		this.publicAddress = publicAddress;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Queues a warning to the owner of this (normalized, existing) address. */
	void warn(String email) {
		this.warnings.submit(() -> this.transaction.executeWithoutResult((status) -> send(email)));
	}

	private void send(String email) {
		Instant since = this.clock.instant().minus(Duration.ofHours(1));
		if (this.outbox.countSince(email, SUBJECT, since) >= MAX_PER_HOUR) {
			return;
		}
		this.outbox.send(email, SUBJECT, """
				Hello,

				Someone just tried to make a new Backstop account with this email address, \
				which already has one. No new account was made and nothing in yours changed.

				If it was you, you already have an account. Sign in here:

				%s

				If you do not remember your password, choose a new one here:

				%s

				If it was not you, you need not do anything.

				Backstop
				""".formatted(this.publicAddress.of("/sign-in"), this.publicAddress.of("/password-reset")));
	}

	/** Waits until every warning so far has been written: for tests. */
	void await(Duration timeout) throws InterruptedException, TimeoutException, ExecutionException {
		this.warnings.await(timeout);
	}

	@Override
	public void destroy() throws InterruptedException {
		this.warnings.close();
	}

}
