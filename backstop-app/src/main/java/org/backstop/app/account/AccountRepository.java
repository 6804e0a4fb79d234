package org.backstop.app.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.backstop.app.database.SqlTime.instant;
import static org.backstop.app.database.SqlTime.utc;

/** Accounts in SQL. Instants go in and come out in UTC. */
@Repository
public class AccountRepository {

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Account> findByEmail(String email) {
		return this.jdbc.sql("SELECT * FROM account WHERE email = ?").param(email).query(this::map).optional();
	}

	public Optional<Account> findById(UUID id) {
		return this.jdbc.sql("SELECT * FROM account WHERE id = ?").param(id).query(this::map).optional();
	}

	public List<Account> findByRole(Role role) {
		return this.jdbc.sql("SELECT * FROM account WHERE role = ? ORDER BY created_at, id")
			.param(role.name())
			.query(this::map)
			.list();
	}

	void insert(Account account) {
		this.jdbc.sql("""
				INSERT INTO account (id, email, password_hash, display_name, role, created_at, password_changed_at,
				  failed_sign_ins, locked_until)
				VALUES (?, ?, ?, ?, ?, ?, ?, 0, NULL)""")
			.params(account.id(), account.email(), account.passwordHash(), account.displayName(), account.role().name(),
					utc(account.createdAt()), utc(account.passwordChangedAt()))
			.update();
	}

	public void updatePassword(UUID id, String passwordHash, Instant at) {
		this.jdbc
			.sql("UPDATE account SET password_hash = ?, password_changed_at = ?, failed_sign_ins = 0, "
					+ "locked_until = NULL WHERE id = ?")
			.params(passwordHash, utc(at), id)
			.update();
	}

	/** Sets the count of failed sign-ins and, when given, the end of the pause. */
	void setFailedSignIns(UUID id, int count, Instant lockedUntil) {
		this.jdbc.sql("UPDATE account SET failed_sign_ins = ?, locked_until = ? WHERE id = ?")
			.params(count, utc(lockedUntil), id)
			.update();
	}

	void clearFailedSignIns(UUID id) {
		this.jdbc.sql("UPDATE account SET failed_sign_ins = 0, locked_until = NULL WHERE id = ?").param(id).update();
	}

	/** Deletes the account; its tokens, assessments and reset links go with it. */
	public int delete(UUID id) {
		return this.jdbc.sql("DELETE FROM account WHERE id = ?").param(id).update();
	}

	private Account map(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("password_hash"),
				rs.getString("display_name"), Role.valueOf(rs.getString("role")), instant(rs, "created_at"),
				instant(rs, "password_changed_at"), rs.getInt("failed_sign_ins"), instant(rs, "locked_until"));
	}

}
