package org.backstop.app.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RestController;

import org.backstop.app.account.Account;
import org.backstop.app.account.AccountRepository;
import org.backstop.app.account.PasswordPolicy;
import org.backstop.app.security.AccountUser;
import org.backstop.app.security.HealthDataAccess;
import org.backstop.app.system.InvalidInputException;
import org.backstop.app.system.JsonObjects;
import org.backstop.app.system.NotFoundException;
import org.backstop.app.system.StrictJsonBody;
import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.Violation;

/**
 * {@code DELETE /api/v1/account}: deletes the caller's account and everything kept about
 * them, given their password and the words "delete my account".
 */
@RestController
class AccountDeletionController {

	static final Set<String> FIELDS = Set.of("password", "confirm");

	private final AccountDeletion deletion;

	private final AccountRepository accounts;

	private final HealthDataAccess access;

	private final SignOut signOut;

	AccountDeletionController(AccountDeletion deletion, AccountRepository accounts, HealthDataAccess access,
			SignOut signOut) {
		this.deletion = deletion;
		this.accounts = accounts;
		this.access = access;
		this.signOut = signOut;
	}

	@DeleteMapping(path = "/api/v1/account", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Delete your account and everything kept about you, for good: password, and confirm "
			+ "with the words \"delete my account\"")
	ResponseEntity<Void> delete(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@Parameter(hidden = true) Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, @StrictJsonBody JsonNode tree) {
		List<Violation> violations = new ArrayList<>();
		JsonFields fields = JsonObjects.withOnly(tree, FIELDS, violations);
		String password = fields.requiredVerbatimText(tree, "password", PasswordPolicy.MAX_LENGTH * 4);
		String confirm = fields.requiredText(tree, "confirm", 100);
		Optional<Account> account = this.accounts.findById(user.id());
		if (account.isEmpty()) {
			throw new NotFoundException("Your account no longer exists.");
		}
		if (!this.access.mayChange(user, account.get().id())) {
			throw new InvalidInputException(HttpStatus.FORBIDDEN, List.of(Violation.of("$", "account.only_owner",
					"only the person themselves, signed in to change data, may do this")));
		}
		// Name every problem at once, the ones of the fields that were there
		// included.
		for (Violation violation : this.deletion.problems(account.get(), password, confirm)) {
			if (violations.stream().noneMatch((v) -> v.field().equals(violation.field()))) {
				violations.add(violation);
			}
		}
		InvalidInputException.throwIfAny(violations);
		this.deletion.delete(account.get());
		this.signOut.signOut(request, response, authentication);
		return ResponseEntity.noContent().build();
	}

}
