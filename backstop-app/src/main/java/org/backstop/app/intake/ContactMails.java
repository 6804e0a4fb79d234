package org.backstop.app.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.backstop.app.mail.MailOutbox;
import org.backstop.app.mail.MailQueue;
import org.backstop.app.system.PublicAddress;

/**
 * The messages a request sets off, off the request's thread: a confirmation to the person
 * (when they gave an email address) and a note to each address the clinic named. Neither
 * holds any health data, not even how urgent the request is: email is not a safe place
 * for it. So that the form cannot be used to flood someone's inbox, one address gets a
 * few confirmations an hour at most.
 */
@Component
class ContactMails implements DisposableBean {

	static final int MAX_CONFIRMATIONS_PER_HOUR = 3;

	static final int MAX_WAITING = 1000;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final PublicAddress publicAddress;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final MailQueue queue = new MailQueue("backstop-contact-mail", MAX_WAITING);

	ContactMails(MailOutbox outbox, MessageSource messages, PublicAddress publicAddress, Clock clock,
			PlatformTransactionManager transactions) {
		this.outbox = outbox;
		this.messages = messages;
		this.publicAddress = publicAddress;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	void requestReceived(IntakeRequest request, String clinicName, List<String> staff, Locale locale) {
		this.queue.submit(() -> this.transaction.executeWithoutResult((status) -> {
			if (!request.email().isEmpty()) {
				confirm(request, clinicName, locale);
			}
			for (String address : staff) {
				this.outbox.send(address, text("contact.mail.staff.subject", Locale.ENGLISH),
						text("contact.mail.staff.body", Locale.ENGLISH, this.publicAddress.of("/clinic/intake")));
			}
		}));
	}

	private void confirm(IntakeRequest request, String clinicName, Locale locale) {
		String subject = text("contact.mail.subject", locale);
		if (this.outbox.countSince(request.email(), subject,
				this.clock.instant().minus(Duration.ofHours(1))) >= MAX_CONFIRMATIONS_PER_HOUR) {
			return;
		}
		String clinic = clinicName.isBlank() ? text("clinic.unnamed", locale) : clinicName;
		this.outbox.send(request.email(), subject, text("contact.mail.body", locale, request.name(), clinic));
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/** Waits until every message so far is written: for tests. */
	void await(Duration timeout) throws Exception {
		this.queue.await(timeout);
	}

	@Override
	public void destroy() throws InterruptedException {
		this.queue.close();
	}

}
