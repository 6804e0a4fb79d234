package org.backstop.app.command;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.backstop.app.system.PublicAddress;

/**
 * Says once, when the web app is ready, where it answers: "Backstop is ready at
 * http://localhost:8080", with the port it really listens on, and the public address too
 * when one is set. The one-off commands start no web server and say nothing.
 */
@Component
class ReadyLine {

	private static final Logger log = LoggerFactory.getLogger(ReadyLine.class);

	private final PublicAddress publicAddress;

	ReadyLine(PublicAddress publicAddress) {
		this.publicAddress = publicAddress;
	}

	/** After the other work done when ready, so that nothing fails once it is said. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void sayWhereOnceReady(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext context) {
			WebServer server = context.getWebServer();
			if (server != null && server.getPort() > 0) {
				// The public address is checked here too: a wrong one stops the start
				// before anything says it is ready.
				log.info(text(server.getPort(), this.publicAddress.of("")));
			}
		}
	}

	/**
	 * The line for a server on this port whose public address is this (as
	 * {@link PublicAddress#of} gives it, without a trailing slash).
	 */
	static String text(int port, String publicAddress) {
		String local = "http://localhost:" + port;
		if (publicAddress.equals(local)) {
			return "Backstop is ready at " + local;
		}
		return "Backstop is ready at " + local + " (public address " + publicAddress + ")";
	}

}
