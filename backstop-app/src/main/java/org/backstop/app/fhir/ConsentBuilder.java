package org.backstop.app.fhir;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

import org.backstop.app.security.HealthDataScope;

/**
 * A share as a FHIR R4 Consent: the person permits the recipient to see the parts of
 * their record in its scope, for its period, under Backstop's sharing policy.
 */
public final class ConsentBuilder {

	static final String SCOPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/consentscope";

	static final String PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

	static final String RESOURCE_TYPES = "http://hl7.org/fhir/resource-types";

	private ConsentBuilder() {
	}

	/**
	 * The Consent for one share.
	 * @param share the share
	 * @param patient the reference to the person's Patient
	 * @param clock what "now" is, to tell a current share from an ended one
	 */
	public static Consent of(ShareTerms share, Reference patient, Clock clock) {
		Consent consent = new Consent();
		boolean current = !share.start().isAfter(clock.instant()) && share.accessEnds().isAfter(clock.instant());
		consent.setStatus(current ? Consent.ConsentState.ACTIVE : Consent.ConsentState.INACTIVE);
		consent.setScope(new CodeableConcept(new Coding(SCOPE_SYSTEM, "patient-privacy", "Privacy Consent")));
		consent.addCategory(new CodeableConcept(
				new Coding(Loinc.SYSTEM, Loinc.PATIENT_CONSENT.code(), Loinc.PATIENT_CONSENT.display())));
		consent.setPatient(patient);
		consent.setDateTime(Date.from(share.start()));
		consent.addPerformer(patient);
		if (share.policy() != null) {
			consent.addPolicy().setUri(share.policy());
		}
		Consent.ProvisionComponent provision = consent.getProvision();
		provision.setType(Consent.ConsentProvisionType.PERMIT);
		provision.setPeriod(new Period().setStart(Date.from(share.start())).setEnd(Date.from(share.accessEnds())));
		provision.addActor()
			.setRole(new CodeableConcept(new Coding(PARTICIPATION, "IRCP", "information recipient")))
			.setReference(new Reference().setDisplay(share.recipient()));
		provision.addAction(new CodeableConcept(
				new Coding("http://terminology.hl7.org/CodeSystem/consentaction", "access", "Access")));
		share.scope()
			.stream()
			.sorted()
			.flatMap((part) -> resourceTypes(part).stream())
			.forEach((type) -> provision.addClass_(new Coding(RESOURCE_TYPES, type, type)));
		return consent;
	}

	/** The FHIR resources that hold a part of the record in Backstop's export. */
	static List<String> resourceTypes(HealthDataScope part) {
		return switch (part) {
			case ASSESSMENTS -> List.of("RiskAssessment");
			case PLAN -> List.of("CarePlan");
			case DIARY -> List.of("Observation", "MedicationStatement");
			case QUESTIONNAIRES -> List.of("QuestionnaireResponse");
		};
	}

}
