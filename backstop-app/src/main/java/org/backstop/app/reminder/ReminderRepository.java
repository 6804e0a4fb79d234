package org.backstop.app.reminder;

import static org.backstop.app.database.SqlTime.instant;
import static org.backstop.app.database.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.backstop.core.assessment.Medicine;
import org.backstop.core.json.Coded;

/** Reminders and calendar feeds in SQL. */
@Repository
class ReminderRepository {

	private static final Coded.Codes<Medicine> MEDICINES = Coded.codes(Medicine.class);

	private final JdbcClient jdbc;

	ReminderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Reminder reminder) {
		Reminder.Schedule s = reminder.schedule();
		this.jdbc.sql("""
				INSERT INTO reminder (kind, label, times, days, every_hours, window_from, window_until, time_zone,
				  ingredient, active, updated_at, id, account_id, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(columns(s, reminder.updatedAt(), reminder.id(), reminder.accountId(), utc(reminder.createdAt())))
			.update();
	}

	boolean update(Reminder reminder) {
		return this.jdbc.sql("""
				UPDATE reminder SET kind = ?, label = ?, times = ?, days = ?, every_hours = ?, window_from = ?,
				  window_until = ?, time_zone = ?, ingredient = ?, active = ?, updated_at = ?
				WHERE id = ? AND account_id = ?""")
			.params(columns(reminder.schedule(), reminder.updatedAt(), reminder.id(), reminder.accountId()))
			.update() == 1;
	}

	/**
	 * The schedule's columns in the order both statements name them, then {@code more}.
	 */
	private static List<Object> columns(Reminder.Schedule s, Instant updatedAt, Object... more) {
		List<Object> columns = new ArrayList<>(Arrays.asList(s.kind().code(), s.label(), times(s.times()),
				s.days()
					.stream()
					.sorted()
					.map((day) -> ReminderInput.DAY_CODES.get(day.getValue() - 1))
					.collect(Collectors.joining(",")),
				s.everyHours(), (s.from() != null) ? s.from().format(ReminderInput.HH_MM) : null,
				(s.until() != null) ? s.until().format(ReminderInput.HH_MM) : null, s.zone().getId(),
				(s.ingredient() != null) ? s.ingredient().code() : null, s.active(), utc(updatedAt)));
		columns.addAll(Arrays.asList(more));
		return columns;
	}

	private static String times(List<LocalTime> times) {
		return times.stream().map((t) -> t.format(ReminderInput.HH_MM)).collect(Collectors.joining(","));
	}

	Optional<Reminder> findById(UUID id) {
		return this.jdbc.sql("SELECT * FROM reminder WHERE id = ?").param(id).query(this::map).optional();
	}

	/** Every reminder of the account, oldest first. */
	List<Reminder> findByAccount(UUID accountId) {
		return this.jdbc.sql("SELECT * FROM reminder WHERE account_id = ? ORDER BY created_at, id")
			.param(accountId)
			.query(this::map)
			.list();
	}

	boolean delete(UUID id, UUID accountId) {
		return this.jdbc.sql("DELETE FROM reminder WHERE id = ? AND account_id = ?")
			.params(id, accountId)
			.update() == 1;
	}

	/** Makes the account's feed, replacing any earlier one. */
	void replaceFeed(UUID accountId, String secretHash, boolean detail, Instant now) {
		deleteFeed(accountId);
		this.jdbc.sql("INSERT INTO reminder_feed (account_id, secret_hash, detail, created_at) VALUES (?, ?, ?, ?)")
			.params(accountId, secretHash, detail, utc(now))
			.update();
	}

	boolean deleteFeed(UUID accountId) {
		return this.jdbc.sql("DELETE FROM reminder_feed WHERE account_id = ?").param(accountId).update() == 1;
	}

	Optional<Feed> findFeedByHash(String secretHash) {
		return this.jdbc.sql("SELECT * FROM reminder_feed WHERE secret_hash = ?")
			.param(secretHash)
			.query(this::mapFeed)
			.optional();
	}

	Optional<Feed> findFeed(UUID accountId) {
		return this.jdbc.sql("SELECT * FROM reminder_feed WHERE account_id = ?")
			.param(accountId)
			.query(this::mapFeed)
			.optional();
	}

	private Feed mapFeed(ResultSet rs, int row) throws SQLException {
		return new Feed(rs.getObject("account_id", UUID.class), rs.getBoolean("detail"), instant(rs, "created_at"));
	}

	private Reminder map(ResultSet rs, int row) throws SQLException {
		String times = rs.getString("times");
		List<LocalTime> parsed = (times == null || times.isBlank()) ? List.of()
				: Arrays.stream(times.split(",")).map((t) -> LocalTime.parse(t, ReminderInput.HH_MM)).toList();
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String day : rs.getString("days").split(",")) {
			days.add(DayOfWeek.of(ReminderInput.DAY_CODES.indexOf(day) + 1));
		}
		String from = rs.getString("window_from");
		String until = rs.getString("window_until");
		String ingredient = rs.getString("ingredient");
		Integer everyHours = rs.getObject("every_hours", Integer.class);
		Reminder.Schedule schedule = new Reminder.Schedule(ReminderKind.of(rs.getString("kind")).orElseThrow(),
				rs.getString("label"), parsed, days, everyHours,
				(from != null) ? LocalTime.parse(from.strip(), ReminderInput.HH_MM) : null,
				(until != null) ? LocalTime.parse(until.strip(), ReminderInput.HH_MM) : null,
				ZoneId.of(rs.getString("time_zone")),
				(ingredient != null) ? MEDICINES.find(ingredient).orElseThrow() : null, rs.getBoolean("active"));
		return new Reminder(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class), schedule,
				instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	/**
	 * An account's calendar feed, without its secret.
	 *
	 * @param accountId whose it is
	 * @param detail whether events name what they remind of
	 * @param createdAt when it was made
	 */
	record Feed(UUID accountId, boolean detail, Instant createdAt) {
	}

}
