package org.backstop.app.clinic;

import static org.backstop.app.database.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.backstop.app.security.AccountUser;

/**
 * Reads and keeps the clinic's settings. Read from the database on each use, so that
 * every node of an installation shows the same clinic the moment an administrator saves
 * it.
 */
@Service
public class ClinicSettings {

	private final JdbcClient jdbc;

	private final Clock clock;

	ClinicSettings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The clinic as configured, or {@link Clinic#UNCONFIGURED} before anyone has. */
	public Clinic current() {
		return this.jdbc.sql("SELECT * FROM clinic WHERE id = 1")
			.query(this::map)
			.optional()
			.orElse(Clinic.UNCONFIGURED);
	}

	@Transactional
	void save(Clinic clinic, AccountUser admin) {
		Object[] values = { clinic.name(), clinic.address(), clinic.phone(), clinic.emergencyNumber(),
				clinic.openingHours(), String.join("\n", clinic.notifyEmails()),
				String.join("\n", clinic.embedOrigins()), clinic.colour(), clinic.buttonColour(),
				utc(this.clock.instant()), admin.id() };
		int updated = this.jdbc
			.sql("UPDATE clinic SET name = ?, address = ?, phone = ?, emergency_number = ?, opening_hours = ?, "
					+ "notify_emails = ?, embed_origins = ?, colour = ?, button_colour = ?, updated_at = ?, "
					+ "updated_by = ? WHERE id = 1")
			.params(values)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO clinic (name, address, phone, emergency_number, opening_hours, notify_emails, "
						+ "embed_origins, colour, button_colour, updated_at, updated_by, id) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
				.params(values)
				.update();
		}
	}

	private Clinic map(ResultSet rs, int row) throws SQLException {
		return new Clinic(rs.getString("name"), text(rs, "address"), text(rs, "phone"), text(rs, "emergency_number"),
				text(rs, "opening_hours"), lines(rs, "notify_emails"), lines(rs, "embed_origins"),
				rs.getString("colour"), rs.getString("button_colour"));
	}

	private static String text(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return (value == null) ? "" : value;
	}

	private static List<String> lines(ResultSet rs, String column) throws SQLException {
		return text(rs, column).lines().filter((line) -> !line.isBlank()).toList();
	}

}
