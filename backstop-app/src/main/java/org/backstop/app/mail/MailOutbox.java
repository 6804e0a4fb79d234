package org.backstop.app.mail;

import static org.backstop.app.database.SqlTime.instant;
import static org.backstop.app.database.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.backstop.app.system.Paging;

/**
 * Keeps every message Backstop sends in {@code mail_outbox} and, when an SMTP server is
 * set ({@code spring.mail.host} not empty), sends it and notes when. Sending happens on a
 * thread of its own after the caller's transaction commits: a slow or broken mail server
 * never delays or fails the person's request, and the time an answer takes does not tell
 * whether a message was sent. A failed send is logged (never with the body, which may
 * hold a secret link) and the message stays in the outbox.
 */
@Service
public class MailOutbox {

	private static final Log log = LogFactory.getLog(MailOutbox.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JavaMailSender sender;

	private final String from;

	private final ExecutorService delivery = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "backstop-mail");
		thread.setDaemon(true);
		return thread;
	});

	MailOutbox(JdbcClient jdbc, Clock clock, ObjectProvider<JavaMailSender> sender,
			@Value("${spring.mail.host:}") String host, @Value("${backstop.mail.from:}") String from) {
		this.jdbc = jdbc;
		this.clock = clock;
		// Boot makes a sender even for an empty host; an empty host means no SMTP here.
		this.sender = host.isBlank() ? null : sender.getIfAvailable();
		this.from = from.isBlank() ? "backstop@localhost" : from.strip();
	}

	/** Whether messages are sent by SMTP, or only kept in the outbox. */
	public boolean sendsMail() {
		return this.sender != null;
	}

	/**
	 * Keeps the message in the outbox, in the caller's transaction if there is one, and
	 * sends it once that commits.
	 */
	public UUID send(String recipient, String subject, String body) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO mail_outbox (id, recipient, subject, body, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(id, recipient, subject, body, utc(this.clock.instant()))
			.update();
		if (this.sender != null) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.from);
			message.setTo(recipient);
			message.setSubject(subject);
			message.setText(body);
			Runnable deliver = () -> this.delivery.execute(() -> deliver(id, message));
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						deliver.run();
					}
				});
			}
			else {
				deliver.run();
			}
		}
		return id;
	}

	private void deliver(UUID id, SimpleMailMessage message) {
		try {
			this.sender.send(message);
		}
		catch (RuntimeException ex) {
			log.warn("Could not send message " + id + " by SMTP; it stays in the outbox (" + ex.getClass().getName()
					+ ": " + ex.getMessage() + ")");
			return;
		}
		try {
			this.jdbc.sql("UPDATE mail_outbox SET sent_at = ? WHERE id = ?")
				.params(utc(this.clock.instant()), id)
				.update();
		}
		catch (RuntimeException ex) {
			log.warn("Message " + id + " was sent but could not be marked as sent: " + ex.getMessage());
		}
	}

	/**
	 * How many messages with this subject were kept for the recipient since then: to send
	 * a warning at most so often, so nobody can flood a person's inbox.
	 */
	public int countSince(String recipient, String subject, Instant since) {
		return this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject = ? AND created_at >= ?")
			.params(recipient, subject, utc(since))
			.query(Integer.class)
			.single();
	}

	/** Messages, newest first. */
	public Paging.Page<OutboxMessage> list(Paging paging) {
		long total = this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single();
		List<OutboxMessage> messages = this.jdbc
			.sql("SELECT * FROM mail_outbox ORDER BY created_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
			.params(paging.offset(), paging.size())
			.query(this::map)
			.list();
		return paging.page(messages, total);
	}

	/**
	 * Waits until every message handed over so far has been tried: for tests, and for an
	 * orderly shutdown.
	 */
	void awaitDeliveries(Duration timeout) throws InterruptedException, TimeoutException {
		try {
			this.delivery.submit(() -> {
			}).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@PreDestroy
	void stop() throws InterruptedException {
		// Messages not yet sent stay in the outbox with no sent_at.
		this.delivery.shutdown();
		this.delivery.awaitTermination(10, TimeUnit.SECONDS);
	}

	private OutboxMessage map(ResultSet rs, int row) throws SQLException {
		return new OutboxMessage(rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("subject"),
				rs.getString("body"), instant(rs, "created_at"), instant(rs, "sent_at"));
	}

}
