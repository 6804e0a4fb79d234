package org.backstop.app.assessment;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * The input of a result the wizard made at a warning sign on its first steps, before the
 * rest was asked: kept apart from {@link LastAssessment} so that the plan and the saved
 * history never take the answers put in for what was not asked as the person's own.
 */
final class WarningSignResult {

	static final String ATTRIBUTE = "BACKSTOP_WARNING_SIGN_INPUT";

	private WarningSignResult() {
	}

	static void remember(HttpSession session, String inputJson) {
		session.setAttribute(ATTRIBUTE, inputJson);
	}

	static Optional<String> of(HttpSession session) {
		if (session == null) {
			return Optional.empty();
		}
		Object json = session.getAttribute(ATTRIBUTE);
		return (json instanceof String text) ? Optional.of(text) : Optional.empty();
	}

	static void forget(HttpSession session) {
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

}
