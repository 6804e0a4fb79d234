package org.backstop.app.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.backstop.app.account.Account;
import org.backstop.app.account.AccountRepository;
import org.backstop.app.account.Role;
import org.backstop.app.assessment.AssessmentHistory;
import org.backstop.app.audit.AuditAction;
import org.backstop.app.audit.AuditTrail;
import org.backstop.app.security.AccountUser;
import org.backstop.app.security.HealthDataAccess;
import org.backstop.app.token.AccessTokens;

/**
 * Everything Backstop keeps about one person, as one JSON document: the account, every
 * stored assessment with its input and result, the access tokens (never their secrets)
 * and the audit trail. Other features join in with an {@link ExportSection}.
 */
@Service
public class AccountExport {

	/** Names the shape of the document; a new version gets a new name. */
	public static final String FORMAT = "backstop-export/1";

	static final String RESOURCE = "account";

	private final AccountRepository accounts;

	private final AssessmentHistory assessments;

	private final AccessTokens tokens;

	private final AuditTrail audit;

	private final HealthDataAccess access;

	private final ObjectProvider<ExportSection> sections;

	private final Clock clock;

	AccountExport(AccountRepository accounts, AssessmentHistory assessments, AccessTokens tokens, AuditTrail audit,
			HealthDataAccess access, ObjectProvider<ExportSection> sections, Clock clock) {
		this.accounts = accounts;
		this.assessments = assessments;
		this.tokens = tokens;
		this.audit = audit;
		this.access = access;
		this.sections = sections;
		this.clock = clock;
	}

	/**
	 * The caller's own export, or empty when their account is gone. The export is audited
	 * first, so the document's trail ends with it.
	 */
	@Transactional
	public Optional<Export> export(AccountUser caller) {
		Optional<Account> found = this.accounts.findById(caller.id())
			.filter((account) -> this.access.mayRead(caller, account.id()));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Account account = found.get();
		Instant now = this.clock.instant();
		this.audit.record(account.id(), caller, AuditAction.EXPORT, RESOURCE, account.id());
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", FORMAT);
		document.put("exportedAt", now);
		document.put("account", AccountPart.of(account));
		document.put("assessments", this.assessments.exportAll(account.id()));
		document.put("accessTokens", this.tokens.of(account.id()));
		this.sections.orderedStream()
			.forEach((section) -> document.putIfAbsent(section.name(), section.contentFor(account.id())));
		document.put("auditTrail", this.audit.allAbout(account.id()));
		return Optional.of(new Export(now, document));
	}

	/**
	 * An export made.
	 *
	 * @param exportedAt when it was made
	 * @param document the document, in the order it is written
	 */
	public record Export(Instant exportedAt, Map<String, Object> document) {
	}

	/**
	 * The account as exported: never the password hash, nor the sign-in counters.
	 *
	 * @param id its id
	 * @param email its email
	 * @param displayName how the person wants to be called
	 * @param role what it may do
	 * @param createdAt when it was made
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record AccountPart(UUID id, String email, String displayName, Role role, Instant createdAt) {

		static AccountPart of(Account account) {
			return new AccountPart(account.id(), account.email(), account.displayName(), account.role(),
					account.createdAt());
		}

	}

}
