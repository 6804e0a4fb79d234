package org.backstop.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.TestDatabase;
import org.backstop.app.Waits;

/**
 * Mail through a real SMTP conversation with an in-process GreenMail server: the reset
 * email arrives with its link and the outbox notes when it was sent; with the server
 * gone, the message stays in the outbox and the person still gets their answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "backstop.mail.from=Backstop <backstop@example.org>" })
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("database")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmtpMailTest {

	/** One server for the whole class, on a free port, started before the app. */
	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@LocalServerPort
	int port;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Order(1)
	void theResetEmailArrivesWithItsLinkAndIsMarkedSent() throws Exception {
		Http http = new Http(this.port);
		String email = People.signUp(http);
		assertThat(this.outbox.sendsMail()).isTrue();
		assertThat(askFor(http, email).statusCode()).isEqualTo(202);

		assertThat(smtp.waitForIncomingEmail(Waits.AT_MOST.toMillis(), 1)).isTrue();
		this.outbox.awaitDeliveries(Waits.AT_MOST);
		MimeMessage[] received = smtp.getReceivedMessagesForDomain(email);
		assertThat(received).hasSize(1);
		MimeMessage mail = received[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
		assertThat(mail.getFrom()[0].toString()).contains("backstop@example.org");
		assertThat(mail.getSubject()).isEqualTo("Choose a new password for Backstop");
		String text = GreenMailUtil.getBody(mail);
		String link = "http://localhost:" + this.port + "/password-reset/confirm?token=";
		assertThat(text).contains(link);

		Map<String, Object> row = outboxRow(email);
		assertThat(row.get("sent_at")).as("sent_at").isNotNull();
		assertThat(text).contains(token((String) row.get("body")));

		// The link in the email that really arrived sets the new password.
		String token = token(text);
		HttpResponse<String> confirmed = http.postJson("/api/v1/password-resets/confirm",
				"{\"token\":\"" + token + "\",\"newPassword\":\"seven paper boats at noon\"}");
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
	}

	@Test
	@Order(2)
	void withTheServerGoneTheMessageStaysInTheOutboxAndThePersonIsAnswered() throws Exception {
		Http http = new Http(this.port);
		String email = People.signUp(http);
		smtp.stop();
		HttpResponse<String> asked = askFor(http, email);
		assertThat(asked.statusCode()).isEqualTo(202);
		awaitOutboxRow(email);
		this.outbox.awaitDeliveries(Waits.AT_MOST);

		// Every delivery has been tried and has ended: the message is still there,
		// unsent, with its link intact for a later send.
		Map<String, Object> row = outboxRow(email);
		assertThat(row.get("sent_at")).as("sent_at").isNull();
		assertThat(token((String) row.get("body"))).isNotBlank();
	}

	private static HttpResponse<String> askFor(Http http, String email) {
		return http.postJson("/api/v1/password-resets", "{\"email\":\"" + email + "\"}");
	}

	/** The reset request is handled on a thread of its own: wait for its message. */
	private void awaitOutboxRow(String email) {
		await("a message for " + email + " in the outbox").atMost(Waits.AT_MOST).until(() -> countFor(email) > 0);
	}

	private int countFor(String email) {
		return this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")
			.param(email)
			.query(Integer.class)
			.single();
	}

	private Map<String, Object> outboxRow(String email) {
		return this.jdbc.sql("SELECT body, sent_at FROM mail_outbox WHERE recipient = ?")
			.param(email)
			.query()
			.singleRow();
	}

	private static String token(String text) {
		var matcher = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(text);
		assertThat(matcher.find()).as(text).isTrue();
		return matcher.group(1);
	}

}
