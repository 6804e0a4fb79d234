package org.backstop.app.passwordreset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.Waits;

/** Reads reset links out of the mail outbox, as a person reads them out of an email. */
final class ResetLinks {

	static final Pattern LINK = Pattern.compile("(http://\\S+)/password-reset/confirm\\?token=([A-Za-z0-9_-]+)");

	private ResetLinks() {
	}

	/** Waits until the requests for links so far have been handled. */
	static void await(PasswordResets resets) {
		try {
			resets.awaitRequests(Waits.AT_MOST);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The bodies of the messages for this address, oldest first. */
	static List<String> bodies(JdbcClient jdbc, String email) {
		return jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY created_at, id")
			.param(email)
			.query(String.class)
			.list();
	}

	/** The token of the newest link sent to this address. */
	static String token(JdbcClient jdbc, String email) {
		List<String> links = bodies(jdbc, email).stream().filter((body) -> LINK.matcher(body).find()).toList();
		assertThat(links).as("messages with a link for " + email).isNotEmpty();
		return token(links.get(links.size() - 1));
	}

	static String token(String body) {
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as(body).isTrue();
		return link.group(2);
	}

}
