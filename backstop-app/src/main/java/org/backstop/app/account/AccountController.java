package org.backstop.app.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.backstop.app.security.AccountUser;
import org.backstop.app.system.InvalidInputException;
import org.backstop.app.system.JsonObjects;
import org.backstop.app.system.StrictJsonBody;
import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.Violation;

/**
 * {@code POST /api/v1/accounts} makes an account for a person (role PATIENT);
 * {@code GET /api/v1/account} shows the caller's own; {@code POST
 * /api/v1/account/password} changes its password.
 */
@RestController
class AccountController {

	static final Set<String> SIGN_UP_FIELDS = Set.of("email", "password", "displayName");

	static final Set<String> PASSWORD_FIELDS = Set.of("currentPassword", "newPassword");

	/** The answer to a sign-up; the page says {@code signIn.created}. */
	static final String SIGNED_UP = "If this address had no Backstop account, yours is ready: sign in with it. "
			+ "If it already had one, we have sent it an email saying how to sign in or choose a new password.";

	private final AccountService service;

	private final AccountRepository accounts;

	private final SignIns signIns;

	AccountController(AccountService service, AccountRepository accounts, SignIns signIns) {
		this.service = service;
		this.accounts = accounts;
		this.signIns = signIns;
	}

	@PostMapping(path = "/api/v1/accounts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create an account: email, password (15 to 128 characters), optional displayName",
			description = "Answers 202 with the same body whether or not the address already has an account, so "
					+ "nobody can learn who has one. A new account works at once: sign in or ask for a token with it. "
					+ "When the address already has an account, nothing changes and its owner gets an email saying "
					+ "how to sign in or choose a new password.")
	ResponseEntity<SignedUp> signUp(@StrictJsonBody JsonNode tree) {
		List<Violation> violations = new ArrayList<>();
		JsonFields fields = JsonObjects.withOnly(tree, SIGN_UP_FIELDS, violations);
		String email = fields.requiredText(tree, "email", Emails.MAX_LENGTH);
		String password = fields.requiredVerbatimText(tree, "password", PasswordPolicy.MAX_LENGTH * 4);
		String displayName = fields.optionalText(tree, "displayName", 100);
		if (!violations.isEmpty()) {
			// Say at once what else is wrong, so one more try is enough.
			if (email != null) {
				Emails.fault(Emails.normalize(email))
					.ifPresent((p) -> violations.add(new Violation(fields.pathOf("email"), p)));
			}
			throw new InvalidInputException(violations);
		}
		List<Violation> problems = this.service.signUpPerson(email, password, displayName);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(new SignedUp(SIGNED_UP));
	}

	@GetMapping("/api/v1/account")
	@Operation(summary = "The signed-in account")
	AccountView me(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user) {
		return AccountView.of(this.accounts.findById(user.id()).orElseThrow());
	}

	@PostMapping(path = "/api/v1/account/password", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change the password: currentPassword and newPassword",
			description = "Ends every other session of the account, every remembered sign-in and every personal "
					+ "access token (the one sending this request too), says so in the answer, and tells the owner "
					+ "by email. A browser session making the change stays signed in under a new session id.")
	PasswordChanged changePassword(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@Parameter(hidden = true) HttpServletRequest request, @StrictJsonBody JsonNode tree) {
		List<Violation> violations = new ArrayList<>();
		JsonFields fields = JsonObjects.withOnly(tree, PASSWORD_FIELDS, violations);
		String current = fields.requiredVerbatimText(tree, "currentPassword", PasswordPolicy.MAX_LENGTH * 4);
		String next = fields.requiredVerbatimText(tree, "newPassword", PasswordPolicy.MAX_LENGTH * 4);
		InvalidInputException.throwIfAny(violations);
		Account account = this.accounts.findById(user.id()).orElseThrow();
		var changed = this.service.changePassword(account, current, next);
		if (!changed.isValid()) {
			throw new InvalidInputException(changed.violations());
		}
		this.signIns.keepOnlyThisSession(request, account.email());
		return new PasswordChanged(SignIns.ENDED);
	}

	/**
	 * The answer to a sign-up, the same whether or not the address had an account.
	 *
	 * @param message what happens next, in words
	 */
	record SignedUp(String message) {
	}

	/**
	 * The answer to a new password.
	 *
	 * @param message what was ended, in words
	 */
	record PasswordChanged(String message) {
	}

	/**
	 * An account as the API shows it: never the password hash.
	 *
	 * @param id its id
	 * @param email its email
	 * @param displayName how the person wants to be called
	 * @param role what it may do
	 * @param createdAt when it was made
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record AccountView(UUID id, String email, String displayName, Role role, Instant createdAt) {

		static AccountView of(Account account) {
			return new AccountView(account.id(), account.email(), account.displayName(), account.role(),
					account.createdAt());
		}

	}

}
