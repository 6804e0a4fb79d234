package org.backstop.app.token;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.backstop.app.account.Emails;
import org.backstop.app.account.PasswordPolicy;
import org.backstop.app.account.SignInThrottle;
import org.backstop.app.security.AccountUser;
import org.backstop.app.system.InvalidInputException;
import org.backstop.app.system.JsonObjects;
import org.backstop.app.system.NotFoundException;
import org.backstop.app.system.StrictJsonBody;
import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.Violation;

/**
 * {@code POST /api/v1/tokens}: a client without a browser trades an email and password
 * (or a signed-in session) for a personal access token, shown once. {@code GET} lists the
 * caller's tokens without their secrets; {@code DELETE /api/v1/tokens/{id}} revokes one.
 */
@RestController
class TokenController {

	static final Set<String> FIELDS = Set.of("email", "password", "name", "scope");

	private final AccessTokens tokens;

	private final AuthenticationManager authentication;

	TokenController(AccessTokens tokens, AuthenticationManager authentication) {
		this.tokens = tokens;
		this.authentication = authentication;
	}

	@PostMapping(path = "/api/v1/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a personal access token: email, password, name, scope (read or write)",
			description = "A signed-in browser session may leave out email and password. The token is in the answer "
					+ "once and never again; send it as Authorization: Bearer.")
	ResponseEntity<CreatedToken> create(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser signedIn,
			@StrictJsonBody JsonNode tree) {
		List<Violation> violations = new ArrayList<>();
		JsonFields fields = JsonObjects.withOnly(tree, FIELDS, violations);
		String name = fields.requiredText(tree, "name", 100);
		String scopeCode = fields.requiredText(tree, "scope", 10);
		Optional<TokenScope> scope = Optional.ofNullable(scopeCode).flatMap(TokenScope::of);
		if (scopeCode != null && scope.isEmpty()) {
			fields.fail("scope", "scope.unknown", "must be one of {0}", String.join(", ", TokenScope.codes()));
		}
		String email = null;
		String password = null;
		if (signedIn == null) {
			email = fields.requiredText(tree, "email", Emails.MAX_LENGTH);
			password = fields.requiredVerbatimText(tree, "password", PasswordPolicy.MAX_LENGTH * 4);
		}
		InvalidInputException.throwIfAny(violations);
		UUID accountId;
		if (signedIn != null) {
			if (!signedIn.canWrite()) {
				throw new InvalidInputException(HttpStatus.FORBIDDEN,
						List.of(Violation.of("$", "token.read_only", "a read token cannot make tokens")));
			}
			accountId = signedIn.id();
		}
		else {
			Optional<AccountUser> user = signIn(email, password);
			if (user.isEmpty()) {
				throw new InvalidInputException(HttpStatus.UNAUTHORIZED, List.of(Violation.of("password",
						"sign_in.failed",
						"the email and password do not match an account, or sign-in is paused after several failed tries; "
								+ "try again in {0} minutes or reset your password",
						SignInThrottle.LOCK.toMinutes())));
			}
			accountId = user.get().id();
		}
		AccessTokens.NewToken made = this.tokens.create(accountId, name, scope.get());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new CreatedToken(made.token().id(), made.token().name(), made.token().scope(),
					made.token().createdAt(), made.secret()));
	}

	@GetMapping("/api/v1/tokens")
	@Operation(summary = "The caller's tokens, newest first, without their secrets")
	List<AccessToken> list(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user) {
		return this.tokens.of(user.id());
	}

	@DeleteMapping("/api/v1/tokens/{id}")
	@Operation(summary = "Revoke one of the caller's tokens")
	ResponseEntity<Void> revoke(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@PathVariable UUID id) {
		if (!this.tokens.revoke(user.id(), id)) {
			throw new NotFoundException("You have no live token with this id.");
		}
		return ResponseEntity.noContent().build();
	}

	private Optional<AccountUser> signIn(String email, String password) {
		try {
			Authentication result = this.authentication
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
			return Optional.of((AccountUser) result.getPrincipal());
		}
		catch (AuthenticationException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A token just made: the only answer that holds its secret.
	 *
	 * @param id its id, for revoking it
	 * @param name its name
	 * @param scope what it may do
	 * @param createdAt when it was made
	 * @param token the secret, to send as {@code Authorization: Bearer}
	 */
	record CreatedToken(UUID id, String name, TokenScope scope, Instant createdAt, String token) {
	}

}
