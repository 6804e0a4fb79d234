package org.backstop.app.sharing;

import static org.backstop.app.database.SqlTime.instant;
import static org.backstop.app.database.SqlTime.utc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.backstop.app.account.Account;
import org.backstop.app.account.AccountRepository;
import org.backstop.app.account.Emails;
import org.backstop.app.account.Role;
import org.backstop.app.audit.AuditAction;
import org.backstop.app.audit.AuditTrail;
import org.backstop.app.security.AccountUser;
import org.backstop.app.security.HealthDataScope;

/**
 * Grants from a person to a clinician account: made, listed and revoked by the person,
 * listed for the clinician. Each runs until the end of the day the person chose (UTC), at
 * most {@link #MAX_DAYS} days ahead.
 */
@Service
class Grants {

	static final String RESOURCE = "share_grant";

	/** The longest a grant may run: a year, after which the person decides again. */
	static final int MAX_DAYS = 366;

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final AuditTrail audit;

	private final Clock clock;

	Grants(JdbcClient jdbc, AccountRepository accounts, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

	/**
	 * Grants the clinician with this email access to the scopes until the end of the day
	 * {@code endsOn}; answers the problems by field (message keys), or none when made.
	 */
	@Transactional
	Map<String, String> grant(AccountUser owner, String clinicianEmail, Set<HealthDataScope> scopes, String endsOn) {
		Map<String, String> problems = new LinkedHashMap<>();
		Optional<Account> clinician = Optional.empty();
		String email = (clinicianEmail == null) ? "" : clinicianEmail.strip();
		if (email.isEmpty()) {
			problems.put("email", "sharing.problem.email.missing");
		}
		else {
			clinician = this.accounts.findByEmail(Emails.normalize(email))
				.filter((a) -> a.role() == Role.CLINICIAN && !a.id().equals(owner.id()));
			if (clinician.isEmpty()) {
				problems.put("email", "sharing.problem.email.notClinician");
			}
		}
		if (scopes.isEmpty()) {
			problems.put("scopes", "sharing.problem.scopes.none");
		}
		LocalDate until = null;
		if (endsOn == null || endsOn.isBlank()) {
			problems.put("endsOn", "sharing.problem.endsOn.missing");
		}
		else {
			try {
				until = LocalDate.parse(endsOn.strip());
				if (until.isBefore(today())) {
					problems.put("endsOn", "sharing.problem.endsOn.past");
				}
				else if (until.isAfter(today().plusDays(MAX_DAYS - 1))) {
					problems.put("endsOn", "sharing.problem.endsOn.tooLate");
				}
			}
			catch (DateTimeParseException ex) {
				problems.put("endsOn", "sharing.problem.endsOn.invalid");
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO share_grant (id, owner_id, clinician_id, scopes, created_at, ends_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, owner.id(), clinician.get().id(), HealthDataScope.join(scopes), utc(this.clock.instant()),
					utc(until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
			.update();
		this.audit.record(owner.id(), owner, AuditAction.CREATE, RESOURCE, id);
		return Map.of();
	}

	@Transactional
	boolean revoke(AccountUser owner, UUID id) {
		int revoked = this.jdbc
			.sql("UPDATE share_grant SET revoked_at = ? WHERE id = ? AND owner_id = ? AND revoked_at IS NULL")
			.params(utc(this.clock.instant()), id, owner.id())
			.update();
		if (revoked > 0) {
			this.audit.record(owner.id(), owner, AuditAction.DELETE, RESOURCE, id);
		}
		return revoked > 0;
	}

	/** The person's grants that still run, soonest ending first. */
	List<Grant> byOwner(UUID ownerId) {
		return this.jdbc
			.sql("SELECT g.*, COALESCE(a.display_name, a.email) AS name, a.email AS email "
					+ "FROM share_grant g JOIN account a ON a.id = g.clinician_id "
					+ "WHERE g.owner_id = ? AND g.revoked_at IS NULL AND g.ends_at > ? ORDER BY g.ends_at, g.id")
			.params(ownerId, utc(this.clock.instant()))
			.query((rs, row) -> new Grant(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
					rs.getString("name"), rs.getString("email"), HealthDataScope.split(rs.getString("scopes")),
					instant(rs, "ends_at")))
			.list();
	}

	/** Who shares with this clinician now, by name; one row per running grant. */
	List<Grant> toClinician(UUID clinicianId) {
		return this.jdbc
			.sql("SELECT g.*, COALESCE(a.display_name, a.email) AS name, a.email AS email "
					+ "FROM share_grant g JOIN account a ON a.id = g.owner_id "
					+ "WHERE g.clinician_id = ? AND g.revoked_at IS NULL AND g.ends_at > ? ORDER BY name, g.id")
			.params(clinicianId, utc(this.clock.instant()))
			.query((rs, row) -> new Grant(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
					rs.getString("name"), rs.getString("email"), HealthDataScope.split(rs.getString("scopes")),
					instant(rs, "ends_at")))
			.list();
	}

	/**
	 * A running grant.
	 *
	 * @param id its id
	 * @param ownerId whose record
	 * @param name the other side's name: the clinician's for the person, the person's for
	 * the clinician
	 * @param email the other side's email
	 * @param scopes the parts shared
	 * @param endsAt when it ends
	 */
	record Grant(UUID id, UUID ownerId, String name, String email, Set<HealthDataScope> scopes, Instant endsAt) {

		public List<String> scopeCodes() {
			return this.scopes.stream().sorted().map(HealthDataScope::code).toList();
		}

		/** The last day it runs, in UTC. */
		public LocalDate lastDay() {
			return this.endsAt.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
		}

	}

}
