package org.backstop.app.fhir;

import java.time.Clock;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.backstop.app.assessment.AssessmentHistory;
import org.backstop.app.audit.AuditAction;
import org.backstop.app.audit.AuditTrail;
import org.backstop.app.diary.LoggedEntries;
import org.backstop.app.diary.LoggedEntries.LoggedEntry;
import org.backstop.app.diary.LoggedEntries.LoggedMedicine;
import org.backstop.app.questionnaire.AnsweredQuestionnaires;
import org.backstop.app.security.AccountUser;
import org.backstop.app.security.HealthDataAccess;
import org.backstop.app.security.SharedRead;
import org.backstop.app.security.HealthDataScope;

/**
 * A person's own record as one FHIR R4 Bundle of type collection, every entry addressed
 * by a stable {@code urn:uuid}: a minimal Patient (no name, no e-mail), the diary's pain
 * scores and medicines, the questionnaires answered, the triage and plan of each saved
 * assessment, a Consent for each share and an AuditEvent for each access. The export is
 * audited first, so the bundle ends with it. A clinician the person shares with gets the
 * parts granted, without the shares and the trail.
 */
@Service
class RecordBundle {

	static final String RESOURCE = "fhir_record";

	private final HealthDataAccess access;

	private final AuditTrail audit;

	private final AssessmentHistory assessments;

	private final LoggedEntries diary;

	private final AnsweredQuestionnaires questionnaires;

	private final ObjectProvider<ShareSource> shares;

	private final Clock clock;

	RecordBundle(HealthDataAccess access, AuditTrail audit, AssessmentHistory assessments, LoggedEntries diary,
			AnsweredQuestionnaires questionnaires, ObjectProvider<ShareSource> shares, Clock clock) {
		this.access = access;
		this.audit = audit;
		this.assessments = assessments;
		this.diary = diary;
		this.questionnaires = questionnaires;
		this.shares = shares;
		this.clock = clock;
	}

	/** The caller's own record, or empty when they may not read it. */
	@Transactional
	Optional<Bundle> export(AccountUser caller) {
		UUID owner = caller.id();
		if (!this.access.mayRead(caller, owner)) {
			return Optional.empty();
		}
		this.audit.record(owner, caller, AuditAction.EXPORT, RESOURCE, owner);
		Bundle bundle = parts(owner, EnumSet.allOf(HealthDataScope.class));
		Reference patient = new Reference(Fhir.urn("Patient", owner));
		this.shares.orderedStream()
			.flatMap((source) -> source.sharesOf(owner).stream())
			.forEach((share) -> add(bundle, Fhir.urn("Consent", share.id()),
					ConsentBuilder.of(share, patient, this.clock)));
		this.audit.allAbout(owner)
			.forEach(
					(event) -> add(bundle, Fhir.urn("AuditEvent", event.id()), RecordResources.access(event, patient)));
		return Optional.of(bundle);
	}

	/**
	 * What a person shared with the calling clinician, as the same Bundle holds it: only
	 * the parts granted, while the grant runs; empty otherwise. The person's shares and
	 * audit trail stay theirs. The export is recorded in the person's trail under the
	 * clinician's name.
	 */
	@Transactional
	Optional<Bundle> shared(AccountUser caller, UUID owner) {
		Optional<SharedRead> reader = this.access.sharedWith(caller, owner);
		reader.ifPresent((r) -> this.audit.record(r, AuditAction.EXPORT, RESOURCE, owner));
		return reader.map((r) -> parts(owner, EnumSet.copyOf(r.scopes())));
	}

	private Bundle parts(UUID owner, Set<HealthDataScope> scopes) {
		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.COLLECTION);
		bundle.setTimestamp(Date.from(this.clock.instant()));
		String patientUrn = Fhir.urn("Patient", owner);
		Reference patient = new Reference(patientUrn);
		Patient person = new Patient();
		person.setActive(true);
		add(bundle, patientUrn, person);
		if (scopes.contains(HealthDataScope.DIARY)) {
			for (LoggedEntry entry : this.diary.allOf(owner)) {
				if (entry.pain() != null) {
					add(bundle, Fhir.urn("Observation", entry.id()), RecordResources.painScore(entry, patient));
				}
				int position = 0;
				for (LoggedMedicine taken : entry.medicines()) {
					add(bundle, Fhir.urn("MedicationStatement/" + position++, entry.id()),
							RecordResources.medicine(entry, taken, patient));
				}
			}
		}
		if (scopes.contains(HealthDataScope.QUESTIONNAIRES)) {
			this.questionnaires.allOf(owner)
				.forEach((answered) -> add(bundle, Fhir.urn("QuestionnaireResponse", answered.id()),
						RecordResources.response(answered, patient)));
		}
		boolean triage = scopes.contains(HealthDataScope.ASSESSMENTS);
		boolean plans = scopes.contains(HealthDataScope.PLAN);
		List<JsonNode> saved = (triage || plans) ? this.assessments.exportAll(owner) : List.of();
		for (int i = 0; i < saved.size(); i++) {
			JsonNode assessment = saved.get(i);
			UUID id = RecordResources.id(assessment);
			String triageUrn = Fhir.urn("RiskAssessment", id);
			if (triage) {
				add(bundle, triageUrn, RecordResources.triage(assessment, patient));
			}
			if (plans && assessment.path("result").has("plan")) {
				// A plan points at the triage it followed only when that is in the
				// bundle.
				add(bundle, Fhir.urn("CarePlan", id),
						RecordResources.plan(assessment, patient, triage ? triageUrn : null, i == saved.size() - 1));
			}
		}
		return bundle;
	}

	private static void add(Bundle bundle, String urn, Resource resource) {
		bundle.addEntry().setFullUrl(urn).setResource(resource);
	}

}
