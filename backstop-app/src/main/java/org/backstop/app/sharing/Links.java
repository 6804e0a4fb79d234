package org.backstop.app.sharing;

import static org.backstop.app.database.SqlTime.instant;
import static org.backstop.app.database.SqlTime.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.backstop.app.audit.AuditAction;
import org.backstop.app.audit.AuditTrail;
import org.backstop.app.security.AccountUser;
import org.backstop.app.security.HealthDataAccess;
import org.backstop.app.security.HealthDataScope;
import org.backstop.app.security.Secrets;
import org.backstop.app.security.SharedRead;

/**
 * Share links: 32 random bytes in the address, of which only the SHA-256 is kept; an
 * expiry the server enforces; an optional passcode, kept as a password hash, with a cap
 * on wrong tries over the link's life. A link that is revoked, expired, locked or unknown
 * is simply gone: the opener is told nothing more.
 */
@Service
class Links {

	static final String RESOURCE = "share_link";

	static final int DEFAULT_DAYS = 7;

	static final int MAX_DAYS = 30;

	/** Wrong passcodes a link takes in its life; the next makes it dead for good. */
	static final int MAX_FAILED_TRIES = 5;

	static final int MAX_LABEL = 100;

	static final int MAX_NAME = 100;

	static final int MIN_PASSCODE = 6;

	static final int MAX_PASSCODE = 100;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final HealthDataAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	Links(JdbcClient jdbc, PasswordEncoder passwords, HealthDataAccess access, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Makes a link; answers its secret token, shown once, or the problems by field
	 * (message keys).
	 */
	@Transactional
	Made create(AccountUser owner, String label, Set<HealthDataScope> scopes, String days, String passcode) {
		Map<String, String> problems = new LinkedHashMap<>();
		String name = (label == null) ? "" : label.strip();
		if (name.isEmpty()) {
			problems.put("label", "sharing.problem.label.missing");
		}
		else if (name.length() > MAX_LABEL) {
			problems.put("label", "sharing.problem.label.tooLong");
		}
		if (scopes.isEmpty()) {
			problems.put("scopes", "sharing.problem.scopes.none");
		}
		int validDays = DEFAULT_DAYS;
		if (days != null && !days.isBlank()) {
			try {
				validDays = Integer.parseInt(days.strip());
				if (validDays < 1 || validDays > MAX_DAYS) {
					problems.put("days", "sharing.problem.days.range");
				}
			}
			catch (NumberFormatException ex) {
				problems.put("days", "sharing.problem.days.range");
			}
		}
		String code = (passcode == null) ? "" : passcode;
		if (!code.isEmpty() && (code.length() < MIN_PASSCODE || code.length() > MAX_PASSCODE)) {
			problems.put("passcode", "sharing.problem.passcode.length");
		}
		if (!problems.isEmpty()) {
			return new Made(null, null, problems);
		}
		String token = Secrets.random();
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc
			.sql("INSERT INTO share_link (id, owner_id, token_hash, label, scopes, created_at, expires_at, "
					+ "passcode_hash, failed_tries) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")
			.params(id, owner.id(), Secrets.hash(token), name, HealthDataScope.join(scopes), utc(now),
					utc(now.plus(Duration.ofDays(validDays))), code.isEmpty() ? null : this.passwords.encode(code))
			.update();
		this.audit.record(owner.id(), owner, AuditAction.CREATE, RESOURCE, id);
		return new Made(token, now.plus(Duration.ofDays(validDays)), Map.of());
	}

	/**
	 * A made link, or why none was made.
	 *
	 * @param token the secret token, or {@code null}
	 * @param expiresAt when it expires
	 * @param problems message keys by field
	 */
	record Made(String token, Instant expiresAt, Map<String, String> problems) {
	}

	/** The live link of this token: empty when it is dead or unknown. */
	Optional<Live> live(String token) {
		if (token == null || token.length() > 64) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("SELECT id, passcode_hash FROM share_link WHERE token_hash = ? AND revoked_at IS NULL "
					+ "AND expires_at > ? AND failed_tries < ?")
			.params(Secrets.hash(token), utc(this.clock.instant()), MAX_FAILED_TRIES)
			.query((rs, row) -> new Live(rs.getObject("id", UUID.class), rs.getString("passcode_hash")))
			.optional();
	}

	/**
	 * A live link.
	 *
	 * @param id its id
	 * @param passcodeHash its passcode's hash, or {@code null} without one
	 */
	record Live(UUID id, String passcodeHash) {

		boolean needsPasscode() {
			return this.passcodeHash != null;
		}

	}

	/** What opening a link came to. */
	sealed interface Opening {

		/** Revoked, expired, locked or unknown: all alike. */
		record Gone() implements Opening {
		}

		/** The form is not filled in right: problems by field (message keys). */
		record Refused(Map<String, String> problems) implements Opening {
		}

		record Opened(SharedRead reader) implements Opening {
		}

	}

	/**
	 * Opens a link with the opener's name and the passcode, if it has one. A wrong
	 * passcode counts against the link, in a transaction of its own so that it counts
	 * whatever happens next.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Opening open(String token, String openerName, String passcode) {
		Optional<Live> live = live(token);
		if (live.isEmpty()) {
			return new Opening.Gone();
		}
		Map<String, String> problems = new LinkedHashMap<>();
		String name = (openerName == null) ? "" : openerName.strip();
		if (name.isEmpty()) {
			problems.put("name", "sharing.problem.name.missing");
		}
		else if (name.length() > MAX_NAME) {
			problems.put("name", "sharing.problem.name.tooLong");
		}
		if (live.get().needsPasscode()) {
			boolean right = passcode != null && !passcode.isEmpty() && passcode.length() <= MAX_PASSCODE
					&& this.passwords.matches(passcode, live.get().passcodeHash());
			if (!right) {
				this.jdbc.sql("UPDATE share_link SET failed_tries = failed_tries + 1 WHERE id = ?")
					.param(live.get().id())
					.update();
				if (live(token).isEmpty()) {
					return new Opening.Gone();
				}
				problems.put("passcode", "sharing.problem.passcode.wrong");
			}
		}
		if (!problems.isEmpty()) {
			return new Opening.Refused(problems);
		}
		return this.access.byLink(live.get().id(), name, MAX_FAILED_TRIES)
			.<Opening>map(Opening.Opened::new)
			.orElseGet(Opening.Gone::new);
	}

	@Transactional
	boolean revoke(AccountUser owner, UUID id) {
		int revoked = this.jdbc
			.sql("UPDATE share_link SET revoked_at = ? WHERE id = ? AND owner_id = ? AND revoked_at IS NULL")
			.params(utc(this.clock.instant()), id, owner.id())
			.update();
		if (revoked > 0) {
			this.audit.record(owner.id(), owner, AuditAction.DELETE, RESOURCE, id);
		}
		return revoked > 0;
	}

	/** The person's links that still live, soonest expiring first. */
	List<Link> byOwner(UUID ownerId) {
		return this.jdbc
			.sql("SELECT * FROM share_link WHERE owner_id = ? AND revoked_at IS NULL AND expires_at > ? "
					+ "AND failed_tries < ? ORDER BY expires_at, id")
			.params(ownerId, utc(this.clock.instant()), MAX_FAILED_TRIES)
			.query((rs, row) -> new Link(rs.getObject("id", UUID.class), rs.getString("label"),
					HealthDataScope.split(rs.getString("scopes")), instant(rs, "expires_at"),
					rs.getString("passcode_hash") != null, rs.getInt("failed_tries")))
			.list();
	}

	/**
	 * A live link as its owner sees it: never its token, which is not kept.
	 *
	 * @param id its id
	 * @param label the person's name for it
	 * @param scopes the parts shared
	 * @param expiresAt when it expires
	 * @param passcode whether it has a passcode
	 * @param failedTries wrong passcodes so far
	 */
	record Link(UUID id, String label, Set<HealthDataScope> scopes, Instant expiresAt, boolean passcode,
			int failedTries) {

		public List<String> scopeCodes() {
			return this.scopes.stream().sorted().map(HealthDataScope::code).toList();
		}

	}

}
