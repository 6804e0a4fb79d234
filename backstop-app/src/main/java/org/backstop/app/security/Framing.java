package org.backstop.app.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;

/**
 * Who may show a page in a frame. No one, unless a handler names the web sites that may,
 * for this one answer: then the Content-Security-Policy's {@code frame-ancestors} lists
 * them and {@code X-Frame-Options} is left out (it cannot name a site). The header is
 * written when the answer is committed, after the handler has run.
 */
public final class Framing implements HeaderWriter {

	private static final String ALLOWED = Framing.class.getName() + ".ALLOWED";

	private static final String POLICY_WITHOUT_FRAMING = SecurityConfiguration.CONTENT_SECURITY_POLICY
		.replace("; frame-ancestors 'none'", "");

	/**
	 * Lets these origins, and no others, frame this answer. Each must be a bare origin
	 * ({@code https://host[:port]}), as the clinic's settings keep them; none means
	 * nobody.
	 */
	public static void allow(HttpServletRequest request, List<String> origins) {
		for (String origin : origins) {
			if (!origin.matches("https?://[a-z0-9.-]+(:[0-9]{1,5})?")) {
				throw new IllegalArgumentException("not a bare origin: " + origin);
			}
		}
		request.setAttribute(ALLOWED, List.copyOf(origins));
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		Object allowed = request.getAttribute(ALLOWED);
		if (allowed instanceof List<?> origins && !origins.isEmpty()) {
			response.setHeader("Content-Security-Policy", POLICY_WITHOUT_FRAMING + "; frame-ancestors "
					+ String.join(" ", origins.stream().map(String::valueOf).toList()));
			return;
		}
		if (!response.containsHeader("Content-Security-Policy")) {
			response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
		}
		if (!response.containsHeader("X-Frame-Options")) {
			response.setHeader("X-Frame-Options", "DENY");
		}
	}

}
