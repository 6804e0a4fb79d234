package org.backstop.app.token;

import static org.backstop.app.database.SqlTime.instant;
import static org.backstop.app.database.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Access tokens in SQL, found by the hash of the token. */
@Repository
class AccessTokenRepository {

	private final JdbcClient jdbc;

	AccessTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AccessToken token, String tokenHash) {
		this.jdbc
			.sql("INSERT INTO access_token (id, account_id, name, token_hash, scope, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(token.id(), token.accountId(), token.name(), tokenHash, token.scope().code(),
					utc(token.createdAt()))
			.update();
	}

	/** The live token with this hash. */
	Optional<AccessToken> findActiveByHash(String tokenHash) {
		return this.jdbc.sql("SELECT * FROM access_token WHERE token_hash = ? AND revoked_at IS NULL")
			.param(tokenHash)
			.query(this::map)
			.optional();
	}

	List<AccessToken> findByAccount(UUID accountId) {
		return this.jdbc.sql("SELECT * FROM access_token WHERE account_id = ? ORDER BY created_at DESC, id")
			.param(accountId)
			.query(this::map)
			.list();
	}

	void touch(UUID id, Instant at) {
		this.jdbc.sql("UPDATE access_token SET last_used_at = ? WHERE id = ?").params(utc(at), id).update();
	}

	/** Revokes the account's own token; false when it has no such live token. */
	boolean revoke(UUID id, UUID accountId, Instant at) {
		return this.jdbc
			.sql("UPDATE access_token SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL")
			.params(utc(at), id, accountId)
			.update() == 1;
	}

	/** Revokes every live token of the account; answers how many. */
	int revokeAll(UUID accountId, Instant at) {
		return this.jdbc.sql("UPDATE access_token SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL")
			.params(utc(at), accountId)
			.update();
	}

	private AccessToken map(ResultSet rs, int row) throws SQLException {
		return new AccessToken(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
				rs.getString("name"), TokenScope.of(rs.getString("scope")).orElseThrow(), instant(rs, "created_at"),
				instant(rs, "last_used_at"), instant(rs, "revoked_at"));
	}

}
