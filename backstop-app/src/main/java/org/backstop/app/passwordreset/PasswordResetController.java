package org.backstop.app.passwordreset;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.backstop.app.account.Emails;
import org.backstop.app.account.PasswordPolicy;
import org.backstop.app.account.SignIns;
import org.backstop.app.system.InvalidInputException;
import org.backstop.app.system.JsonObjects;
import org.backstop.app.system.StrictJsonBody;
import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.Violation;

/**
 * {@code POST /api/v1/password-resets} sends a reset link by email and answers the same
 * whether or not the account exists; {@code POST /api/v1/password-resets/confirm} sets a
 * new password with the link's token.
 */
@RestController
class PasswordResetController {

	static final Set<String> REQUEST_FIELDS = Set.of("email");

	static final Set<String> CONFIRM_FIELDS = Set.of("token", "newPassword");

	/** Far longer than any token Backstop makes, short enough to be cheap to refuse. */
	static final int MAX_TOKEN_LENGTH = 100;

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@PostMapping(path = "/api/v1/password-resets", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ask for a password reset link: email",
			description = "Answers 202 with the same body whether or not an account has this address.")
	ResponseEntity<Accepted> request(@StrictJsonBody JsonNode tree) {
		List<Violation> violations = new ArrayList<>();
		JsonFields fields = JsonObjects.withOnly(tree, REQUEST_FIELDS, violations);
		String email = fields.requiredText(tree, "email", Emails.MAX_LENGTH);
		if (email != null) {
			// No account has a malformed address, so saying so tells nothing about
			// accounts.
			Emails.fault(Emails.normalize(email))
				.ifPresent((p) -> violations.add(new Violation(fields.pathOf("email"), p)));
		}
		InvalidInputException.throwIfAny(violations);
		this.resets.request(email);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Accepted(this.resets.acceptedMessage()));
	}

	@PostMapping(path = "/api/v1/password-resets/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set a new password with a reset link: token, newPassword (15 to 128 characters)",
			description = "The link works once. Ends every session of the account (this one too), every remembered "
					+ "sign-in and every personal access token, says so in the answer, and tells the owner by email.")
	Changed confirm(@Parameter(hidden = true) HttpServletRequest request, @StrictJsonBody JsonNode tree) {
		List<Violation> violations = new ArrayList<>();
		JsonFields fields = JsonObjects.withOnly(tree, CONFIRM_FIELDS, violations);
		String token = fields.requiredText(tree, "token", MAX_TOKEN_LENGTH);
		String newPassword = fields.requiredVerbatimText(tree, "newPassword", PasswordPolicy.MAX_LENGTH * 4);
		InvalidInputException.throwIfAny(violations);
		List<Violation> problems = this.resets.confirm(token, newPassword);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		endOwnSession(request);
		return new Changed(SignIns.ENDED_ALL);
	}

	/**
	 * Ends the session that made the reset, whoever it belongs to: no session may outlive
	 * a reset. Through the request, so Spring Session does not save it again.
	 */
	static void endOwnSession(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	/**
	 * The answer to a new password.
	 *
	 * @param message what was ended, in words
	 */
	record Changed(String message) {
	}

	/**
	 * The answer to asking for a link.
	 *
	 * @param message what happens next, in words
	 */
	record Accepted(String message) {
	}

}
