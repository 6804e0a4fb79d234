package org.backstop.app.diary;

import static org.backstop.app.database.SqlTime.instant;
import static org.backstop.app.database.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.backstop.app.diary.DiaryEntry.Details;
import org.backstop.app.diary.DiaryEntry.MedicineTaken;
import org.backstop.app.diary.DiaryEntry.TreatmentDone;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.json.Coded;

/**
 * Diary entries, days and personal factors in SQL. Reading many entries costs three
 * queries (entries, their items, their symptoms), never one per entry.
 */
@Repository
class DiaryRepository {

	private final JdbcClient jdbc;

	DiaryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(DiaryEntry entry) {
		Details d = entry.what();
		this.jdbc.sql("""
				INSERT INTO diary_entry (id, account_id, logged_at, time_zone, local_date, pain, spasms, region,
				mobility, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(entry.id(), entry.accountId(), utc(d.loggedAt()), d.timeZone().getId(), d.localDate(), d.pain(),
					d.spasms(), code(d.region()), code(d.mobility()), d.notes(), utc(entry.createdAt()),
					utc(entry.updatedAt()))
			.update();
		insertParts(entry);
	}

	void update(DiaryEntry entry) {
		Details d = entry.what();
		this.jdbc.sql("""
				UPDATE diary_entry SET logged_at = ?, time_zone = ?, local_date = ?, pain = ?, spasms = ?,
				region = ?, mobility = ?, notes = ?, updated_at = ? WHERE id = ? AND account_id = ?""")
			.params(utc(d.loggedAt()), d.timeZone().getId(), d.localDate(), d.pain(), d.spasms(), code(d.region()),
					code(d.mobility()), d.notes(), utc(entry.updatedAt()), entry.id(), entry.accountId())
			.update();
		this.jdbc.sql("DELETE FROM diary_entry_item WHERE entry_id = ?").param(entry.id()).update();
		this.jdbc.sql("DELETE FROM diary_entry_symptom WHERE entry_id = ?").param(entry.id()).update();
		insertParts(entry);
	}

	private void insertParts(DiaryEntry entry) {
		Details d = entry.what();
		int position = 0;
		for (TreatmentDone t : d.treatments()) {
			this.jdbc
				.sql("INSERT INTO diary_entry_item (entry_id, position, kind, name, pain_before, pain_after)"
						+ " VALUES (?, ?, 'treatment', ?, ?, ?)")
				.params(entry.id(), position++, t.name(), t.painBefore(), t.painAfter())
				.update();
		}
		for (MedicineTaken m : d.medicines()) {
			this.jdbc
				.sql("INSERT INTO diary_entry_item (entry_id, position, kind, name, mg)"
						+ " VALUES (?, ?, 'medicine', ?, ?)")
				.params(entry.id(), position++, m.medicine().code(), m.mg())
				.update();
		}
		for (Symptom s : d.symptoms()) {
			insertSymptom(entry.id(), s, false);
		}
		for (Symptom s : d.symptomsNotSure()) {
			insertSymptom(entry.id(), s, true);
		}
	}

	private void insertSymptom(UUID entryId, Symptom symptom, boolean notSure) {
		this.jdbc.sql("INSERT INTO diary_entry_symptom (entry_id, symptom, not_sure) VALUES (?, ?, ?)")
			.params(entryId, symptom.code(), notSure)
			.update();
	}

	boolean delete(UUID id, UUID accountId) {
		return this.jdbc.sql("DELETE FROM diary_entry WHERE id = ? AND account_id = ?")
			.params(id, accountId)
			.update() > 0;
	}

	Optional<DiaryEntry> findById(UUID id) {
		List<DiaryEntry> found = entries("WHERE e.id = ?", id);
		return found.stream().findFirst();
	}

	/**
	 * The account's entries on the days from {@code from} to {@code to}, oldest first.
	 */
	List<DiaryEntry> findByAccount(UUID accountId, LocalDate from, LocalDate to) {
		return entries("WHERE e.account_id = ? AND e.local_date BETWEEN ? AND ?", accountId, from, to);
	}

	List<DiaryEntry> findByAccount(UUID accountId) {
		return entries("WHERE e.account_id = ?", accountId);
	}

	/** The time zone of the account's latest entry, if it has one. */
	Optional<ZoneId> latestZone(UUID accountId) {
		return this.jdbc.sql(
				"SELECT time_zone FROM diary_entry WHERE account_id = ? ORDER BY logged_at DESC, id FETCH FIRST 1 ROWS ONLY")
			.param(accountId)
			.query(String.class)
			.optional()
			.map(ZoneId::of);
	}

	private List<DiaryEntry> entries(String where, Object... params) {
		Map<UUID, List<TreatmentDone>> treatments = new LinkedHashMap<>();
		Map<UUID, List<MedicineTaken>> medicines = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT i.* FROM diary_entry_item i JOIN diary_entry e ON e.id = i.entry_id " + where
					+ " ORDER BY i.entry_id, i.position")
			.params(params)
			.query((rs) -> {
				UUID entryId = rs.getObject("entry_id", UUID.class);
				if ("medicine".equals(rs.getString("kind"))) {
					medicines.computeIfAbsent(entryId, (k) -> new ArrayList<>())
						.add(new MedicineTaken(DiaryReader.MEDICINES.find(rs.getString("name")).orElseThrow(),
								rs.getInt("mg")));
				}
				else {
					treatments.computeIfAbsent(entryId, (k) -> new ArrayList<>())
						.add(new TreatmentDone(rs.getString("name"), integer(rs, "pain_before"),
								integer(rs, "pain_after")));
				}
			});
		Map<UUID, Set<Symptom>> symptoms = new LinkedHashMap<>();
		Map<UUID, Set<Symptom>> notSure = new LinkedHashMap<>();
		this.jdbc.sql("SELECT s.* FROM diary_entry_symptom s JOIN diary_entry e ON e.id = s.entry_id " + where)
			.params(params)
			.query((rs) -> {
				UUID entryId = rs.getObject("entry_id", UUID.class);
				Symptom symptom = DiaryReader.SYMPTOMS.find(rs.getString("symptom")).orElseThrow();
				(rs.getBoolean("not_sure") ? notSure : symptoms)
					.computeIfAbsent(entryId, (k) -> EnumSet.noneOf(Symptom.class))
					.add(symptom);
			});
		return this.jdbc.sql("SELECT e.* FROM diary_entry e " + where + " ORDER BY e.logged_at, e.id")
			.params(params)
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				Details details = new Details(instant(rs, "logged_at"), ZoneId.of(rs.getString("time_zone")),
						integer(rs, "pain"), integer(rs, "spasms"), stored(DiaryReader.REGIONS, rs.getString("region")),
						stored(DiaryReader.MOBILITIES, rs.getString("mobility")),
						treatments.getOrDefault(id, List.of()), medicines.getOrDefault(id, List.of()),
						symptoms.getOrDefault(id, Set.of()), notSure.getOrDefault(id, Set.of()), rs.getString("notes"));
				return new DiaryEntry(id, rs.getObject("account_id", UUID.class), details, instant(rs, "created_at"),
						instant(rs, "updated_at"));
			})
			.list();
	}

	/** Replaces the factors of one day, personal ones included. */
	void saveDay(UUID accountId, DayFactors day, Instant now) {
		this.jdbc.sql("DELETE FROM diary_day WHERE account_id = ? AND local_date = ?")
			.params(accountId, day.date())
			.update();
		this.jdbc.sql("""
				INSERT INTO diary_day (account_id, local_date, sleep_hours, sleep_quality, sleep_position, mattress,
				water_glasses, sitting_hours, lifting, exercise_minutes, stress, alcohol_units, notes, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(accountId, day.date(), day.sleepHours(), code(day.sleepQuality()), code(day.sleepPosition()),
					code(day.mattress()), day.waterGlasses(), day.sittingHours(), day.lifting(), day.exerciseMinutes(),
					day.stress(), day.alcoholUnits(), day.notes(), utc(now))
			.update();
		day.personal()
			.forEach((name, present) -> this.jdbc
				.sql("INSERT INTO diary_day_personal (account_id, local_date, name, present) VALUES (?, ?, ?, ?)")
				.params(accountId, day.date(), name, present)
				.update());
	}

	boolean deleteDay(UUID accountId, LocalDate date) {
		return this.jdbc.sql("DELETE FROM diary_day WHERE account_id = ? AND local_date = ?")
			.params(accountId, date)
			.update() > 0;
	}

	Optional<DayFactors> findDay(UUID accountId, LocalDate date) {
		return days(accountId, date, date).stream().findFirst();
	}

	/** The account's days from {@code from} to {@code to}, oldest first. */
	List<DayFactors> days(UUID accountId, LocalDate from, LocalDate to) {
		Map<LocalDate, Map<String, Boolean>> personal = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT * FROM diary_day_personal WHERE account_id = ? AND local_date BETWEEN ? AND ?"
					+ " ORDER BY local_date, name")
			.params(accountId, from, to)
			.query((rs) -> {
				personal.computeIfAbsent(rs.getObject("local_date", LocalDate.class), (k) -> new LinkedHashMap<>())
					.put(rs.getString("name"), rs.getBoolean("present"));
			});
		return this.jdbc
			.sql("SELECT * FROM diary_day WHERE account_id = ? AND local_date BETWEEN ? AND ? ORDER BY local_date")
			.params(accountId, from, to)
			.query((rs, row) -> {
				LocalDate date = rs.getObject("local_date", LocalDate.class);
				return new DayFactors(date, rs.getBigDecimal("sleep_hours"),
						stored(SleepQuality.CODES, rs.getString("sleep_quality")),
						stored(SleepPosition.CODES, rs.getString("sleep_position")),
						stored(Mattress.CODES, rs.getString("mattress")), integer(rs, "water_glasses"),
						rs.getBigDecimal("sitting_hours"), bool(rs, "lifting"), integer(rs, "exercise_minutes"),
						integer(rs, "stress"), integer(rs, "alcohol_units"), rs.getString("notes"),
						personal.getOrDefault(date, Map.of()));
			})
			.list();
	}

	Set<String> personalFactors(UUID accountId) {
		return new TreeSet<>(this.jdbc.sql("SELECT name FROM diary_personal_factor WHERE account_id = ?")
			.param(accountId)
			.query(String.class)
			.list());
	}

	/** Adds a personal factor; false when the person already has one of that name. */
	boolean addPersonalFactor(UUID accountId, String name, Instant now) {
		if (personalFactors(accountId).contains(name)) {
			return false;
		}
		this.jdbc.sql("INSERT INTO diary_personal_factor (account_id, name, created_at) VALUES (?, ?, ?)")
			.params(accountId, name, utc(now))
			.update();
		return true;
	}

	boolean deletePersonalFactor(UUID accountId, String name) {
		return this.jdbc.sql("DELETE FROM diary_personal_factor WHERE account_id = ? AND name = ?")
			.params(accountId, name)
			.update() > 0;
	}

	/** A code as stored; a blank column was not logged. */
	private static <E extends Enum<E> & Coded> E stored(Coded.Codes<E> codes, String code) {
		return (code != null) ? codes.find(code).orElseThrow() : null;
	}

	private static String code(Coded coded) {
		return (coded != null) ? coded.code() : null;
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static Boolean bool(ResultSet rs, String column) throws SQLException {
		boolean value = rs.getBoolean(column);
		return rs.wasNull() ? null : value;
	}

}
