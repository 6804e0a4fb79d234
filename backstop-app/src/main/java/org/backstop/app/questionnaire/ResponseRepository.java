package org.backstop.app.questionnaire;

import static org.backstop.app.database.SqlTime.instant;
import static org.backstop.app.database.SqlTime.utc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.backstop.core.json.StrictJson;

/** Questionnaire responses in SQL. */
@Repository
class ResponseRepository {

	private static final TypeReference<TreeMap<String, Integer>> ANSWERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	ResponseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Response r) {
		this.jdbc.sql("""
				INSERT INTO questionnaire_response (id, account_id, instrument, answered_on, answers, score, band,
				created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), r.accountId(), r.instrument(), r.answeredOn(),
					StrictJson.mapper().writeValueAsString(new TreeMap<>(r.answers())), BigDecimal.valueOf(r.score()),
					r.band(), utc(r.createdAt()))
			.update();
	}

	/** The account's responses to one instrument, oldest first. */
	List<Response> findByAccount(UUID accountId, String instrument) {
		return this.jdbc.sql("SELECT * FROM questionnaire_response WHERE account_id = ? AND instrument = ?" + ORDER)
			.params(accountId, instrument)
			.query(this::map)
			.list();
	}

	/** Every response of the account, oldest first. */
	List<Response> findByAccount(UUID accountId) {
		return this.jdbc.sql("SELECT * FROM questionnaire_response WHERE account_id = ?" + ORDER)
			.param(accountId)
			.query(this::map)
			.list();
	}

	private static final String ORDER = " ORDER BY answered_on, created_at, id";

	@SuppressWarnings("unchecked")
	private Response map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Response(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
				rs.getString("instrument"), rs.getObject("answered_on", java.time.LocalDate.class),
				(Map<String, Integer>) StrictJson.mapper().readValue(rs.getString("answers"), ANSWERS),
				rs.getBigDecimal("score").doubleValue(), rs.getString("band"), instant(rs, "created_at"));
	}

	boolean delete(UUID id, UUID accountId) {
		return this.jdbc.sql("DELETE FROM questionnaire_response WHERE id = ? AND account_id = ?")
			.params(id, accountId)
			.update() > 0;
	}

}
