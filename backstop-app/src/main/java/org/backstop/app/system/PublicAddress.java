package org.backstop.app.system;

import java.net.URI;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where people reach Backstop ({@code backstop.public-url}), the one base of every
 * absolute link it hands out. Never the request's {@code Host} header, which the client
 * chooses: a forged one would put another site's address in a mail or a feed link.
 */
@Component
public final class PublicAddress {

	private final Environment environment;

	PublicAddress(Environment environment) {
		this.environment = environment;
	}

	/**
	 * A wrong address stops the start-up, once the port is known, rather than failing
	 * later inside a password change or an email.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void checkOnceReady() {
		of("/");
	}

	/**
	 * The absolute address of a path of ours, such as {@code /calendar/x.ics}. Read at
	 * each call, since the default names the port, which is known only once the server
	 * runs.
	 */
	public String of(String path) {
		String base = this.environment.getProperty("backstop.public-url", "http://localhost:8080").strip();
		while (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		if (!isWebAddress(base)) {
			throw new IllegalStateException(
					"backstop.public-url (BACKSTOP_PUBLIC_URL) must be an http or https address, such as https://backstop.example.org");
		}
		return base + path;
	}

	private static boolean isWebAddress(String base) {
		try {
			URI uri = URI.create(base);
			return uri.isAbsolute() && uri.getHost() != null
					&& ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
