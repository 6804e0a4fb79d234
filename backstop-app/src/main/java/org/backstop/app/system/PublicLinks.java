package org.backstop.app.system;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Links to Backstop for messages read outside it, such as emails: the address people
 * reach it at ({@code backstop.public-url}), not the one this request came in on, which a
 * client could choose.
 */
@Component
public class PublicLinks {

	private final Environment environment;

	PublicLinks(Environment environment) {
		this.environment = environment;
	}

	/** The whole link to a path that starts with {@code /}. */
	public String to(String path) {
		// Read each time: in tests the port is known only once the server has started.
		String base = this.environment.getProperty("backstop.public-url", "http://localhost:8080").strip();
		while (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base + path;
	}

}
