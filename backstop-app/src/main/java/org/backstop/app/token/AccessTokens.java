package org.backstop.app.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

import org.backstop.app.security.Secrets;

/**
 * Makes, checks and revokes personal access tokens. A token is 32 random bytes; only its
 * SHA-256 is stored, which is enough for a secret of that strength (unlike a password, it
 * cannot be guessed from a list).
 */
@Service
public class AccessTokens {

	/** Marks Backstop's tokens, so leaked ones are easy to recognise and search for. */
	public static final String PREFIX = "bst_";

	/** Last use is written at most this often, so reads stay reads. */
	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private static final Log log = LogFactory.getLog(AccessTokens.class);

	private final AccessTokenRepository tokens;

	private final Clock clock;

	AccessTokens(AccessTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/** A new token for the account; the secret is in the answer and nowhere else. */
	public NewToken create(UUID accountId, String name, TokenScope scope) {
		String secret = PREFIX + Secrets.random();
		AccessToken token = new AccessToken(UUID.randomUUID(), accountId, name, scope, this.clock.instant(), null,
				null);
		this.tokens.insert(token, hash(secret));
		return new NewToken(token, secret);
	}

	/** The live token this secret belongs to. */
	public Optional<AccessToken> authenticate(String secret) {
		if (!secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		Optional<AccessToken> token = this.tokens.findActiveByHash(hash(secret));
		token.ifPresent(this::touch);
		return token;
	}

	public List<AccessToken> of(UUID accountId) {
		return this.tokens.findByAccount(accountId);
	}

	public boolean revoke(UUID accountId, UUID tokenId) {
		return this.tokens.revoke(tokenId, accountId, this.clock.instant());
	}

	/** Revokes every live token of the account, as when its password changes. */
	public int revokeAll(UUID accountId) {
		return this.tokens.revokeAll(accountId, this.clock.instant());
	}

	private void touch(AccessToken token) {
		Instant now = this.clock.instant();
		if (token.lastUsedAt() == null || token.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
			// Only a note of when it was used: a database that refuses it must not
			// refuse the caller (HAZ-020).
			try {
				this.tokens.touch(token.id(), now);
			}
			catch (DataAccessException ex) {
				log.warn("The database refused to note a token's last use (" + ex.getClass().getSimpleName() + ")");
			}
		}
	}

	static String hash(String secret) {
		return Secrets.hash(secret);
	}

	/**
	 * A token just made, with its secret: the only time the secret is shown.
	 *
	 * @param token the stored token
	 * @param secret the token to send as {@code Authorization: Bearer}
	 */
	public record NewToken(AccessToken token, String secret) {
	}

}
