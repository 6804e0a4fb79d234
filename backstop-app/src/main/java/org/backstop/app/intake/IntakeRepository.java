package org.backstop.app.intake;

import static org.backstop.app.database.SqlTime.instant;
import static org.backstop.app.database.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queue's tables; the order is the queue's: most urgent, then oldest, then id. */
@Repository
class IntakeRepository {

	private static final String ORDER = " ORDER BY urgency, received_at, id";

	private final JdbcClient jdbc;

	IntakeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(IntakeRequest request) {
		this.jdbc.sql("""
				INSERT INTO intake_request (id, received_at, name, email, phone, contact_method, contact_time, reason,
				  message, language, account_id, urgency, triage_level, red_flags, assessed_at, embedded_from, status,
				  assigned_to, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(request.id(), utc(request.receivedAt()), request.name(), empty(request.email()),
					empty(request.phone()), request.method().name(), request.time().name(), request.reason().name(),
					empty(request.message()), request.language(), request.accountId(), request.urgency(),
					request.triageLevel(), request.redFlags().isEmpty() ? null : String.join("\n", request.redFlags()),
					(request.assessedAt() != null) ? utc(request.assessedAt()) : null, request.embeddedFrom(),
					request.status().name(), request.assignedTo(), utc(request.updatedAt()))
			.update();
	}

	Optional<IntakeRequest> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM intake_request WHERE id = ?").param(id).query(this::map).optional();
	}

	/** The requests a signed-in person sent, oldest first. */
	List<IntakeRequest> sentBy(UUID accountId) {
		return this.jdbc.sql("SELECT * FROM intake_request WHERE account_id = ? ORDER BY received_at, id")
			.param(accountId)
			.query(this::map)
			.list();
	}

	List<IntakeRequest> queue(QueueFilter filter, int limit) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (filter.status() != null) {
			where.append(" AND status = ?");
			params.add(filter.status().name());
		}
		if (filter.urgentOnly()) {
			where.append(" AND urgency <= ?");
			params.add(IntakeRequest.MOST_URGENT_ROUTINE);
		}
		if (!filter.search().isEmpty()) {
			where.append(" AND (LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(email) LIKE ? ESCAPE '\\'"
					+ " OR phone LIKE ? ESCAPE '\\' OR LOWER(message) LIKE ? ESCAPE '\\')");
			for (int i = 0; i < 4; i++) {
				params.add(filter.likePattern());
			}
		}
		params.add(limit);
		return this.jdbc.sql("SELECT * FROM intake_request" + where + ORDER + " FETCH FIRST ? ROWS ONLY")
			.params(params)
			.query(this::map)
			.list();
	}

	boolean setStatus(UUID id, IntakeStatus status, Instant now) {
		return this.jdbc.sql("UPDATE intake_request SET status = ?, updated_at = ? WHERE id = ?")
			.params(status.name(), utc(now), id)
			.update() == 1;
	}

	boolean assign(UUID id, UUID clinicianId, Instant now) {
		return this.jdbc.sql("UPDATE intake_request SET assigned_to = ?, updated_at = ? WHERE id = ?")
			.params(clinicianId, utc(now), id)
			.update() == 1;
	}

	void addNote(UUID requestId, UUID authorId, String body, Instant now) {
		this.jdbc.sql("INSERT INTO intake_note (id, request_id, written_at, author_id, body) VALUES (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), requestId, utc(now), authorId, body)
			.update();
		this.jdbc.sql("UPDATE intake_request SET updated_at = ? WHERE id = ?").params(utc(now), requestId).update();
	}

	List<IntakeNote> notes(UUID requestId) {
		return this.jdbc.sql("""
				SELECT n.id, n.written_at, n.body, COALESCE(a.display_name, a.email) AS author
				FROM intake_note n LEFT JOIN account a ON a.id = n.author_id
				WHERE n.request_id = ? ORDER BY n.written_at, n.id""")
			.param(requestId)
			.query((rs, row) -> new IntakeNote(rs.getObject("id", UUID.class), instant(rs, "written_at"),
					rs.getString("author"), rs.getString("body")))
			.list();
	}

	private static String empty(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

	private IntakeRequest map(ResultSet rs, int row) throws SQLException {
		String flags = rs.getString("red_flags");
		return new IntakeRequest(rs.getObject("id", UUID.class), instant(rs, "received_at"), rs.getString("name"),
				text(rs, "email"), text(rs, "phone"), ContactMethod.valueOf(rs.getString("contact_method")),
				ContactTime.valueOf(rs.getString("contact_time")), ContactReason.valueOf(rs.getString("reason")),
				text(rs, "message"), rs.getString("language"), rs.getObject("account_id", UUID.class),
				rs.getInt("urgency"), rs.getString("triage_level"),
				(flags == null) ? List.of() : flags.lines().toList(), instant(rs, "assessed_at"),
				rs.getString("embedded_from"), IntakeStatus.valueOf(rs.getString("status")),
				rs.getObject("assigned_to", UUID.class), instant(rs, "updated_at"));
	}

	private static String text(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return (value == null) ? "" : value;
	}

}
