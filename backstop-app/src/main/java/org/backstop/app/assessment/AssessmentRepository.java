package org.backstop.app.assessment;

import static org.backstop.app.database.SqlTime.instant;
import static org.backstop.app.database.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.backstop.app.system.Paging;

/** Stored assessments in SQL, listed newest first with the id as tie-break. */
@Repository
class AssessmentRepository {

	private final JdbcClient jdbc;

	AssessmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(StoredAssessment assessment) {
		this.jdbc.sql("""
				INSERT INTO assessment (id, account_id, created_at, engine_version, triage_level, severity,
				  input_json, result_json)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(assessment.id(), assessment.accountId(), utc(assessment.createdAt()), assessment.engineVersion(),
					assessment.triageLevel(), assessment.severity(), assessment.inputJson(), assessment.resultJson())
			.update();
	}

	Optional<StoredAssessment> findById(UUID id) {
		return this.jdbc.sql("SELECT * FROM assessment WHERE id = ?").param(id).query(this::map).optional();
	}

	List<StoredAssessment> findByAccount(UUID accountId, Paging paging) {
		return this.jdbc
			.sql("SELECT * FROM assessment WHERE account_id = ? ORDER BY created_at DESC, id DESC "
					+ "OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
			.params(accountId, paging.offset(), paging.size())
			.query(this::map)
			.list();
	}

	/** The account's latest assessment. */
	Optional<StoredAssessment> findLatest(UUID accountId) {
		return this.jdbc.sql(
				"SELECT * FROM assessment WHERE account_id = ? ORDER BY created_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")
			.param(accountId)
			.query(this::map)
			.optional();
	}

	/** Every assessment of the account, oldest first, for an export. */
	List<StoredAssessment> findAllByAccount(UUID accountId) {
		return this.jdbc.sql("SELECT * FROM assessment WHERE account_id = ? ORDER BY created_at, id")
			.param(accountId)
			.query(this::map)
			.list();
	}

	long countByAccount(UUID accountId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM assessment WHERE account_id = ?")
			.param(accountId)
			.query(Long.class)
			.single();
	}

	boolean delete(UUID id, UUID accountId) {
		return this.jdbc.sql("DELETE FROM assessment WHERE id = ? AND account_id = ?")
			.params(id, accountId)
			.update() == 1;
	}

	private StoredAssessment map(ResultSet rs, int row) throws SQLException {
		return new StoredAssessment(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
				instant(rs, "created_at"), rs.getString("engine_version"), rs.getString("triage_level"),
				rs.getString("severity"), rs.getString("input_json"), rs.getString("result_json"));
	}

}
