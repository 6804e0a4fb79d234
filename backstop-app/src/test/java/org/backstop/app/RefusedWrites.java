package org.backstop.app;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database refusing every insert and update while it still answers reads, as a full
 * disk or a read-only standby would; closing it takes writes again. As
 * {@code NewInstallTest.isNotReadyWhileTheDatabaseRefusesWrites} does for one table, each
 * table of the app gets a check constraint that no row passes (H2 names constraints per
 * schema, hence one name a table), here added without checking the rows already there
 * (H2's {@code NOCHECK}, PostgreSQL's {@code NOT VALID}), so it works on a database that
 * holds data.
 */
public final class RefusedWrites implements AutoCloseable {

	private static final String CONSTRAINT = "refuse_every_write";

	private final JdbcClient jdbc;

	private final List<String> tables;

	private RefusedWrites(JdbcClient jdbc, List<String> tables) {
		this.jdbc = jdbc;
		this.tables = tables;
	}

	/** From now on, until closed, the app's database refuses every write. */
	public static RefusedWrites in(DataSource dataSource) {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		List<String> tables = jdbc
			.sql("SELECT table_name FROM information_schema.tables "
					+ "WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE'")
			.query(String.class)
			.list();
		String unchecked = TestDatabase.isPostgresql() ? "NOT VALID" : "NOCHECK";
		RefusedWrites refused = new RefusedWrites(jdbc, tables);
		try {
			for (int i = 0; i < tables.size(); i++) {
				jdbc.sql("ALTER TABLE " + quoted(tables.get(i)) + " ADD CONSTRAINT " + CONSTRAINT + i
						+ " CHECK (1 = 0) " + unchecked)
					.update();
			}
		}
		catch (RuntimeException ex) {
			refused.close();
			throw ex;
		}
		return refused;
	}

	@Override
	public void close() {
		for (int i = 0; i < this.tables.size(); i++) {
			this.jdbc.sql("ALTER TABLE " + quoted(this.tables.get(i)) + " DROP CONSTRAINT IF EXISTS " + CONSTRAINT + i)
				.update();
		}
	}

	private static String quoted(String table) {
		return '"' + table + '"';
	}

}
