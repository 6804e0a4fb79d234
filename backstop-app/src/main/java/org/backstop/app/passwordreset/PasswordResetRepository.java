package org.backstop.app.passwordreset;

import static org.backstop.app.database.SqlTime.utc;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reset links in SQL, found by the hash of their token. */
@Repository
class PasswordResetRepository {

	private final JdbcClient jdbc;

	PasswordResetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String tokenHash, UUID accountId, Instant createdAt, Instant expiresAt) {
		this.jdbc.sql("INSERT INTO password_reset (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(tokenHash, accountId, utc(createdAt), utc(expiresAt))
			.update();
	}

	/** How many links the account was sent since then. */
	int countSince(UUID accountId, Instant since) {
		return this.jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE account_id = ? AND created_at >= ?")
			.params(accountId, utc(since))
			.query(Integer.class)
			.single();
	}

	/** The account of the unused, unexpired link with this hash. */
	Optional<UUID> findLive(String tokenHash, Instant now) {
		return this.jdbc
			.sql("SELECT account_id FROM password_reset WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
			.params(tokenHash, utc(now))
			.query(UUID.class)
			.optional();
	}

	/**
	 * Marks the link used; false when it was no longer live, as when the same link is
	 * used twice at once.
	 */
	boolean use(String tokenHash, Instant now) {
		return this.jdbc
			.sql("UPDATE password_reset SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
			.params(utc(now), tokenHash, utc(now))
			.update() == 1;
	}

	/** Ends the account's other links: after a reset, older ones must not work. */
	void useAll(UUID accountId, Instant now) {
		this.jdbc.sql("UPDATE password_reset SET used_at = ? WHERE account_id = ? AND used_at IS NULL")
			.params(utc(now), accountId)
			.update();
	}

}
