package org.backstop.app.assessment;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * The input of the person's latest assessment in this browser, kept in their session (as
 * contract version 1 JSON) so that the result, the plan and its printable page can be
 * shown again without an account, and saved once they sign in.
 */
public final class LastAssessment {

	/** The session attribute that holds the input JSON. */
	public static final String ATTRIBUTE = "BACKSTOP_LAST_INPUT";

	private LastAssessment() {
	}

	public static void remember(HttpSession session, String inputJson) {
		session.setAttribute(ATTRIBUTE, inputJson);
	}

	public static Optional<String> of(HttpSession session) {
		if (session == null) {
			return Optional.empty();
		}
		Object json = session.getAttribute(ATTRIBUTE);
		return (json instanceof String text) ? Optional.of(text) : Optional.empty();
	}

	public static void forget(HttpSession session) {
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

}
