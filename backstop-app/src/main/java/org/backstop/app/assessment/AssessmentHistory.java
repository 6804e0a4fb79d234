package org.backstop.app.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.backstop.app.audit.AuditAction;
import org.backstop.app.audit.AuditTrail;
import org.backstop.app.security.AccountUser;
import org.backstop.app.security.HealthDataAccess;
import org.backstop.app.security.HealthDataScope;
import org.backstop.app.security.SharedRead;
import org.backstop.app.system.Paging;
import org.backstop.core.AssessmentResult;
import org.backstop.core.assessment.AssessmentJson;

/**
 * A person's stored assessments. Every call checks that the caller may see or change the
 * owner's data (anything else is "not found", never someone else's data) and leaves an
 * audit entry in the same transaction.
 */
@Service
public class AssessmentHistory {

	static final String RESOURCE = "assessment";

	/** What a look at the plan is recorded as: the plan of the latest assessment. */
	public static final String PLAN_RESOURCE = "plan";

	private final AssessmentRepository assessments;

	private final HealthDataAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	AssessmentHistory(AssessmentRepository assessments, HealthDataAccess access, AuditTrail audit, Clock clock) {
		this.assessments = assessments;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	StoredAssessment store(AccountUser owner, JsonNode input, AssessmentResult result) {
		// The database keeps microseconds: answer the time exactly as it will be read
		// back.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		StoredAssessment stored = new StoredAssessment(UUID.randomUUID(), owner.id(), now, result.engineVersion(),
				result.triage().level().code(), result.severity().level().code(),
				AssessmentJson.mapper().writeValueAsString(input), AssessmentJson.mapper().writeValueAsString(result));
		this.assessments.insert(stored);
		this.audit.record(owner.id(), owner, AuditAction.CREATE, RESOURCE, stored.id());
		return stored;
	}

	/**
	 * Stores an assessment the owner made on the pages, as the API would; answers its id.
	 */
	@Transactional
	public UUID save(AccountUser owner, JsonNode input, AssessmentResult result) {
		return store(owner, input, result).id();
	}

	@Transactional
	Optional<StoredAssessment> find(AccountUser caller, UUID id) {
		Optional<StoredAssessment> found = this.assessments.findById(id)
			.filter((a) -> this.access.mayRead(caller, a.accountId()));
		found.ifPresent((a) -> this.audit.record(a.accountId(), caller, AuditAction.READ, RESOURCE, a.id()));
		return found;
	}

	/**
	 * The input JSON of a stored assessment, when the caller may read it; for pages that
	 * show it again, such as the plan.
	 */
	@Transactional
	public Optional<String> inputOf(AccountUser caller, UUID id) {
		return find(caller, id).map(StoredAssessment::inputJson);
	}

	/**
	 * The caller's latest stored assessment, for features that read the diary with it.
	 */
	@Transactional
	public Optional<Latest> latest(AccountUser caller) {
		if (!this.access.mayRead(caller, caller.id())) {
			return Optional.empty();
		}
		Optional<StoredAssessment> found = this.assessments.findLatest(caller.id());
		found.ifPresent((a) -> this.audit.record(a.accountId(), caller, AuditAction.READ, RESOURCE, a.id()));
		return found.map((a) -> new Latest(a.id(), a.createdAt(), a.inputJson()));
	}

	/**
	 * A stored assessment's input and when it was made.
	 *
	 * @param id its id
	 * @param createdAt when it was made
	 * @param inputJson the input as sent, in the contract's JSON
	 */
	public record Latest(UUID id, Instant createdAt, String inputJson) {
	}

	/**
	 * Every assessment of a person who shared them, oldest first, with their input and
	 * result; empty when the share does not cover assessments. The reader's look is
	 * recorded in the person's audit trail, by name.
	 */
	@Transactional
	public List<Shared> shared(SharedRead reader) {
		if (!reader.mayRead(HealthDataScope.ASSESSMENTS)) {
			return List.of();
		}
		this.audit.record(reader, AuditAction.LIST, RESOURCE, null);
		return this.assessments.findAllByAccount(reader.ownerId())
			.stream()
			.map((a) -> new Shared(a.id(), a.createdAt(), a.inputJson(), a.resultJson()))
			.toList();
	}

	/**
	 * The latest stored assessment, for a reader the share lets see the plan: the plan is
	 * the one its result gave. Empty when the share does not cover the plan; the read is
	 * recorded as a look at the plan.
	 */
	@Transactional
	public Optional<Shared> latestForPlan(SharedRead reader) {
		if (!reader.mayRead(HealthDataScope.PLAN)) {
			return Optional.empty();
		}
		Optional<StoredAssessment> found = this.assessments.findLatest(reader.ownerId());
		this.audit.record(reader, AuditAction.READ, PLAN_RESOURCE, found.map(StoredAssessment::id).orElse(null));
		return found.map((a) -> new Shared(a.id(), a.createdAt(), a.inputJson(), a.resultJson()));
	}

	/**
	 * A stored assessment as a share shows it.
	 *
	 * @param id its id
	 * @param createdAt when it was made
	 * @param inputJson the input as sent, in the contract's JSON
	 * @param resultJson the result as given then
	 */
	public record Shared(UUID id, Instant createdAt, String inputJson, String resultJson) {

		/** Its input and when it was made, as the diary reads an assessment. */
		public Latest asLatest() {
			return new Latest(this.id, this.createdAt, this.inputJson);
		}

	}

	@Transactional
	Paging.Page<StoredAssessment> list(AccountUser caller, UUID ownerId, Paging paging) {
		if (!this.access.mayRead(caller, ownerId)) {
			return paging.page(List.of(), 0);
		}
		long total = this.assessments.countByAccount(ownerId);
		List<StoredAssessment> items = this.assessments.findByAccount(ownerId, paging);
		this.audit.record(ownerId, caller, AuditAction.LIST, RESOURCE, null);
		return paging.page(items, total);
	}

	/**
	 * Every assessment of the owner, for an export; the export records its own audit
	 * entry.
	 */
	public List<JsonNode> exportAll(UUID ownerId) {
		return this.assessments.findAllByAccount(ownerId)
			.stream()
			.map((stored) -> (JsonNode) AssessmentJson.mapper().valueToTree(ExportedAssessment.of(stored)))
			.toList();
	}

	@Transactional
	boolean delete(AccountUser caller, UUID id) {
		Optional<StoredAssessment> found = this.assessments.findById(id)
			.filter((a) -> this.access.mayChange(caller, a.accountId()));
		if (found.isEmpty()) {
			return false;
		}
		this.assessments.delete(id, found.get().accountId());
		this.audit.record(found.get().accountId(), caller, AuditAction.DELETE, RESOURCE, id);
		return true;
	}

}
