package org.backstop.app.audit;

import static org.backstop.app.database.SqlTime.instant;
import static org.backstop.app.database.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.backstop.app.account.Role;
import org.backstop.app.security.AccountUser;
import org.backstop.app.security.SharedRead;
import org.backstop.app.system.Paging;

/**
 * Records every read and change of health data, in the same transaction as the change
 * where there is one, and lists what happened to a person's data.
 */
@Service
public class AuditTrail {

	/**
	 * A person reading the same data of their own again within this time adds no entry:
	 * the first stands for the rest, so a page that refreshes itself every minute does
	 * not bury what others did. Anyone else's reads, and every change, are always
	 * recorded.
	 */
	static final Duration SELF_REREAD_WINDOW = Duration.ofMinutes(10);

	/**
	 * The secret calendar address of a person's reminders. A read through it is recorded
	 * in the owner's name (they made the address), but it is whoever holds the address:
	 * such reads count as someone else's, every one of them kept.
	 */
	public static final String CALENDAR_FEED = "reminder_feed";

	/**
	 * SQL: the entry was made by someone other than the person, as far as anyone knows.
	 */
	private static final String BY_OTHERS = "(actor_id IS NULL OR actor_id <> subject_id OR (resource = '"
			+ CALENDAR_FEED + "' AND action = 'READ'))";

	/** The longest name an entry keeps, as its column. */
	static final int MAX_NAME = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(UUID subjectId, AccountUser actor, AuditAction action, String resource, UUID resourceId) {
		record(subjectId, actor.id(), actor.role(), action, resource, resourceId);
	}

	/**
	 * An entry for an actor who is not signed in but proved who they are otherwise, such
	 * as by a secret calendar feed address.
	 */
	public void record(UUID subjectId, UUID actorId, Role actorRole, AuditAction action, String resource,
			UUID resourceId) {
		Instant now = this.clock.instant();
		if (rereadsOwnData(subjectId, actorId, action, resource, resourceId, now)) {
			return;
		}
		this.jdbc
			.sql("INSERT INTO audit_event (id, at, subject_id, actor_id, actor_role, action, resource, "
					+ "resource_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), utc(now), subjectId, actorId, actorRole.name(), action.name(), resource,
					resourceId)
			.update();
	}

	/**
	 * An entry for a read of a shared record, by a clinician or by whoever opened a link,
	 * with their name, so the person sees who it was. Every such read is kept.
	 */
	public void record(SharedRead reader, AuditAction action, String resource, UUID resourceId) {
		String name = reader.actorName();
		if (name != null && name.length() > MAX_NAME) {
			name = name.substring(0, MAX_NAME);
		}
		this.jdbc
			.sql("INSERT INTO audit_event (id, at, subject_id, actor_id, actor_role, action, resource, "
					+ "resource_id, actor_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), utc(this.clock.instant()), reader.ownerId(), reader.actorId(),
					(reader.actorRole() != null) ? reader.actorRole().name() : null, action.name(), resource,
					(resourceId != null) ? resourceId : reader.linkId(), name)
			.update();
	}

	private boolean rereadsOwnData(UUID subjectId, UUID actorId, AuditAction action, String resource, UUID resourceId,
			Instant now) {
		if (actorId == null || !actorId.equals(subjectId) || CALENDAR_FEED.equals(resource)
				|| (action != AuditAction.READ && action != AuditAction.LIST)) {
			return false;
		}
		String item = (resourceId != null) ? "resource_id = ?" : "resource_id IS NULL";
		var query = this.jdbc
			.sql("SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND at >= ? AND actor_id = ? "
					+ "AND action = ? AND resource = ? AND " + item)
			.param(subjectId)
			.param(utc(now.minus(SELF_REREAD_WINDOW)))
			.param(actorId)
			.param(action.name())
			.param(resource);
		if (resourceId != null) {
			query = query.param(resourceId);
		}
		return query.query(Long.class).single() > 0;
	}

	/** What happened to this person's data, newest first. */
	public Paging.Page<AuditEvent> about(UUID subjectId, Paging paging) {
		return page(subjectId, false, paging);
	}

	/**
	 * What anyone else (or an account since deleted) did with this person's data, newest
	 * first: the entries a person most needs to see, without their own.
	 */
	public Paging.Page<AuditEvent> aboutByOthers(UUID subjectId, Paging paging) {
		return page(subjectId, true, paging);
	}

	private Paging.Page<AuditEvent> page(UUID subjectId, boolean othersOnly, Paging paging) {
		String where = othersOnly ? "subject_id = ? AND " + BY_OTHERS : "subject_id = ?";
		long total = this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE " + where)
			.param(subjectId)
			.query(Long.class)
			.single();
		List<AuditEvent> events = this.jdbc
			.sql("SELECT * FROM audit_event WHERE " + where + " ORDER BY at DESC, id DESC "
					+ "OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
			.params(subjectId, paging.offset(), paging.size())
			.query(this::map)
			.list();
		return paging.page(events, total);
	}

	/** Every entry about this person, oldest first, for an export. */
	public List<AuditEvent> allAbout(UUID subjectId) {
		return this.jdbc.sql("SELECT * FROM audit_event WHERE subject_id = ? ORDER BY at, id")
			.param(subjectId)
			.query(this::map)
			.list();
	}

	/** Removes entries older than the retention period; returns how many. */
	public int forgetBefore(Instant cutoff) {
		return this.jdbc.sql("DELETE FROM audit_event WHERE at < ?").param(utc(cutoff)).update();
	}

	/** Removes every entry about a person, when their account is deleted. */
	public int forgetSubject(UUID subjectId) {
		return this.jdbc.sql("DELETE FROM audit_event WHERE subject_id = ?").param(subjectId).update();
	}

	/**
	 * Unlinks a deleted account from what it did to other people's data: their trail
	 * keeps the entry, with no actor.
	 */
	public int forgetActor(UUID actorId) {
		return this.jdbc.sql("UPDATE audit_event SET actor_id = NULL WHERE actor_id = ?").param(actorId).update();
	}

	private AuditEvent map(ResultSet rs, int row) throws SQLException {
		String role = rs.getString("actor_role");
		return new AuditEvent(rs.getObject("id", UUID.class), instant(rs, "at"), rs.getObject("subject_id", UUID.class),
				rs.getObject("actor_id", UUID.class), (role != null) ? Role.valueOf(role) : null,
				AuditAction.valueOf(rs.getString("action")), rs.getString("resource"),
				rs.getObject("resource_id", UUID.class), rs.getString("actor_name"));
	}

}
