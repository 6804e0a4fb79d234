package org.backstop.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.backstop.core.insight.DiaryDay;
import org.backstop.core.insight.TreatmentInsights;
import org.backstop.core.insight.TreatmentRanking;
import org.backstop.core.insight.TreatmentUse;
import org.backstop.core.insight.TriggerInsight;
import org.backstop.core.insight.TriggerInsights;

/**
 * What a diary's insights cost next to reading the diary. A dense diary (5 entries a day,
 * each with pain, a spasm count and a treatment with pain before and after; 10 built-in
 * and 10 personal daily factors) sits in the app's own tables, either in H2 in memory in
 * the same process (the cheapest read there is) or in PostgreSQL over loopback (as a
 * deployed Backstop reads; the address is the system property {@code
 * backstop.bench.postgresql}, by default the local test database). {@code read} reads one
 * person's rows as the app does (entries, their items, days, personal factors);
 * {@code analyse} runs the trigger and treatment statistics on what was read. The goal:
 * {@code analyse} costs less than {@code read}, and both grow linearly with the days.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DiaryInsightsBenchmark {

	static final int ENTRIES_A_DAY = 5;

	static final int BUILT_IN_FACTORS = 10;

	static final int PERSONAL_FACTORS = 10;

	static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 1);

	@Param({ "91", "182", "365", "730" })
	int days;

	@Param({ "h2", "postgresql" })
	String database;

	String schemaName;

	Connection db;

	UUID account;

	List<DiaryDay> diaryDays;

	List<TreatmentUse> uses;

	@Setup(Level.Trial)
	public void fill() throws SQLException, IOException {
		this.schemaName = "diary_bench_" + this.days;
		if ("postgresql".equals(this.database)) {
			this.db = DriverManager.getConnection(System.getProperty("backstop.bench.postgresql",
					"jdbc:postgresql://127.0.0.1:5432/test?user=postgres"));
		}
		else {
			this.db = DriverManager.getConnection("jdbc:h2:mem:diary;DB_CLOSE_DELAY=-1");
		}
		try (Statement s = this.db.createStatement()) {
			// a schema of its own, so that nothing else in the database is touched
			s.execute("DROP SCHEMA IF EXISTS " + this.schemaName + " CASCADE");
			s.execute("CREATE SCHEMA " + this.schemaName);
			s.execute(("postgresql".equals(this.database) ? "SET search_path TO " : "SET SCHEMA ") + this.schemaName);
			s.execute("CREATE TABLE account (id UUID PRIMARY KEY)");
			for (String statement : schema().split(";")) {
				if (!statement.isBlank()) {
					s.execute(statement);
				}
			}
		}
		this.account = UUID.randomUUID();
		try (PreparedStatement a = this.db.prepareStatement("INSERT INTO account (id) VALUES (?)")) {
			a.setObject(1, this.account);
			a.executeUpdate();
		}
		Random random = new Random(7);
		this.db.setAutoCommit(false);
		try (PreparedStatement entry = this.db.prepareStatement(
				"INSERT INTO diary_entry (id, account_id, logged_at, time_zone, local_date, pain, spasms, created_at,"
						+ " updated_at) VALUES (?, ?, ?, 'Europe/Madrid', ?, ?, ?, ?, ?)");
				PreparedStatement item = this.db.prepareStatement(
						"INSERT INTO diary_entry_item (entry_id, position, kind, name, pain_before, pain_after)"
								+ " VALUES (?, 0, 'treatment', ?, ?, ?)");
				PreparedStatement day = this.db.prepareStatement(
						"INSERT INTO diary_day (account_id, local_date, sleep_hours, sleep_quality, sleep_position,"
								+ " mattress, water_glasses, sitting_hours, lifting, exercise_minutes, stress,"
								+ " alcohol_units, updated_at) VALUES (?, ?, ?, 'fair', 'side', 'firm', ?, ?, ?, ?, ?, ?, ?)");
				PreparedStatement factor = this.db.prepareStatement(
						"INSERT INTO diary_personal_factor (account_id, name, created_at) VALUES (?, ?, ?)");
				PreparedStatement personal = this.db.prepareStatement(
						"INSERT INTO diary_day_personal (account_id, local_date, name, present) VALUES (?, ?, ?, ?)")) {
			OffsetDateTime now = OffsetDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.UTC);
			for (int f = 0; f < PERSONAL_FACTORS; f++) {
				factor.setObject(1, this.account);
				factor.setString(2, "own " + f);
				factor.setObject(3, now);
				factor.executeUpdate();
			}
			for (int d = 0; d < this.days; d++) {
				LocalDate date = LAST_DAY.minusDays(d);
				for (int e = 0; e < ENTRIES_A_DAY; e++) {
					UUID id = UUID.randomUUID();
					entry.setObject(1, id);
					entry.setObject(2, this.account);
					entry.setObject(3, date.atTime(8 + 3 * e, 0).atOffset(ZoneOffset.UTC));
					entry.setObject(4, date);
					entry.setInt(5, random.nextInt(11));
					entry.setInt(6, random.nextInt(3));
					entry.setObject(7, now);
					entry.setObject(8, now);
					entry.addBatch();
					int before = 3 + random.nextInt(8);
					item.setObject(1, id);
					item.setString(2, "treatment " + random.nextInt(6));
					item.setInt(3, before);
					item.setInt(4, Math.max(0, before - random.nextInt(4)));
					item.addBatch();
				}
				day.setObject(1, this.account);
				day.setObject(2, date);
				day.setBigDecimal(3, java.math.BigDecimal.valueOf(4 + random.nextInt(9)));
				day.setInt(4, random.nextInt(12));
				day.setBigDecimal(5, java.math.BigDecimal.valueOf(random.nextInt(12)));
				day.setBoolean(6, random.nextBoolean());
				day.setInt(7, random.nextInt(90));
				day.setInt(8, random.nextInt(11));
				day.setInt(9, random.nextInt(4));
				day.setObject(10, now);
				day.addBatch();
				for (int f = 0; f < PERSONAL_FACTORS; f++) {
					personal.setObject(1, this.account);
					personal.setObject(2, date);
					personal.setString(3, "own " + f);
					personal.setBoolean(4, random.nextBoolean());
					personal.addBatch();
				}
			}
			day.executeBatch();
			personal.executeBatch();
			entry.executeBatch();
			item.executeBatch();
		}
		this.db.commit();
		Read read = read();
		this.diaryDays = read.days();
		this.uses = read.uses();
	}

	@TearDown(Level.Trial)
	public void close() throws SQLException {
		try (Statement s = this.db.createStatement()) {
			s.execute("DROP SCHEMA " + this.schemaName + " CASCADE");
		}
		this.db.close();
	}

	/** One person's diary rows, read as the app reads them, into the core's shapes. */
	@Benchmark
	public Read read() throws SQLException {
		LocalDate from = LAST_DAY.minusDays(this.days - 1);
		Map<UUID, TreatmentUse> treatments = new HashMap<>();
		try (PreparedStatement items = this.db.prepareStatement(
				"SELECT i.* FROM diary_entry_item i JOIN diary_entry e ON e.id = i.entry_id WHERE e.account_id = ?"
						+ " AND e.local_date BETWEEN ? AND ? ORDER BY i.entry_id, i.position")) {
			bind(items, from);
			try (ResultSet rs = items.executeQuery()) {
				while (rs.next()) {
					treatments.put(rs.getObject("entry_id", UUID.class),
							new TreatmentUse(rs.getString("name"), rs.getInt("pain_before"), rs.getInt("pain_after")));
				}
			}
		}
		Map<LocalDate, Integer> episodes = new LinkedHashMap<>();
		List<TreatmentUse> uses = new ArrayList<>();
		try (PreparedStatement entries = this.db.prepareStatement("SELECT e.* FROM diary_entry e WHERE"
				+ " e.account_id = ? AND e.local_date BETWEEN ? AND ? ORDER BY e.logged_at, e.id")) {
			bind(entries, from);
			try (ResultSet rs = entries.executeQuery()) {
				while (rs.next()) {
					LocalDate date = rs.getObject("local_date", LocalDate.class);
					episodes.merge(date, (rs.getInt("spasms") > 0) ? 1 : 0, Integer::sum);
					TreatmentUse use = treatments.get(rs.getObject("id", UUID.class));
					if (use != null) {
						uses.add(use);
					}
				}
			}
		}
		Map<LocalDate, Map<String, Boolean>> factors = new HashMap<>();
		try (PreparedStatement personal = this.db.prepareStatement("SELECT * FROM diary_day_personal WHERE"
				+ " account_id = ? AND local_date BETWEEN ? AND ? ORDER BY local_date, name")) {
			bind(personal, from);
			try (ResultSet rs = personal.executeQuery()) {
				while (rs.next()) {
					factors.computeIfAbsent(rs.getObject("local_date", LocalDate.class), (k) -> new LinkedHashMap<>())
						.put("personal:" + rs.getString("name"), rs.getBoolean("present"));
				}
			}
		}
		try (PreparedStatement days = this.db.prepareStatement(
				"SELECT * FROM diary_day WHERE account_id = ? AND local_date BETWEEN ? AND ? ORDER BY local_date")) {
			bind(days, from);
			try (ResultSet rs = days.executeQuery()) {
				while (rs.next()) {
					Map<String, Boolean> day = factors.computeIfAbsent(rs.getObject("local_date", LocalDate.class),
							(k) -> new LinkedHashMap<>());
					// the ten built-in factors, cut as the app cuts them
					day.put("short_sleep", rs.getBigDecimal("sleep_hours").intValue() < 6);
					day.put("poor_sleep", "poor".equals(rs.getString("sleep_quality")));
					day.put("front_sleeping", "front".equals(rs.getString("sleep_position")));
					day.put("soft_mattress", "soft".equals(rs.getString("mattress")));
					day.put("little_water", rs.getInt("water_glasses") < 6);
					day.put("long_sitting", rs.getBigDecimal("sitting_hours").intValue() >= 6);
					day.put("lifting", rs.getBoolean("lifting"));
					day.put("little_exercise", rs.getInt("exercise_minutes") < 20);
					day.put("high_stress", rs.getInt("stress") >= 7);
					day.put("alcohol", rs.getInt("alcohol_units") > 0);
				}
			}
		}
		List<DiaryDay> diary = new ArrayList<>();
		episodes.forEach((date, count) -> diary.add(new DiaryDay(date, count, factors.getOrDefault(date, Map.of()))));
		return new Read(diary, uses);
	}

	/** The trigger and treatment statistics on the rows already read. */
	@Benchmark
	public Object analyse() {
		List<TriggerInsight> triggers = TriggerInsights.analyse(this.diaryDays);
		TreatmentRanking treatments = TreatmentInsights.rank(this.uses);
		return new Object[] { triggers, treatments };
	}

	/**
	 * What {@link #read} gives.
	 *
	 * @param days one core day per local day
	 * @param uses every treatment use with pain before and after
	 */
	public record Read(List<DiaryDay> days, List<TreatmentUse> uses) {
	}

	private void bind(PreparedStatement statement, LocalDate from) throws SQLException {
		statement.setObject(1, this.account);
		statement.setObject(2, from);
		statement.setObject(3, LAST_DAY);
	}

	private static String schema() throws IOException {
		try (InputStream in = DiaryInsightsBenchmark.class.getResourceAsStream("/V8__diary.sql")) {
			String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			// drop the comment lines; the statements themselves are run as the app runs
			// them
			return sql.lines().filter((line) -> !line.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
		}
	}

}
