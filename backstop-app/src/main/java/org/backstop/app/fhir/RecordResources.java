package org.backstop.app.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RiskAssessment;
import tools.jackson.databind.JsonNode;

import org.backstop.app.audit.AuditAction;
import org.backstop.app.diary.LoggedEntries.LoggedEntry;
import org.backstop.app.diary.LoggedEntries.LoggedMedicine;
import org.backstop.app.questionnaire.AnsweredQuestionnaires.Answered;
import org.backstop.core.questionnaire.Item;

/** The resources of a record export, one builder per kind of stored item. */
final class RecordResources {

	static final String UCUM = "http://unitsofmeasure.org";

	static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

	/** Who recorded an access: Backstop itself, named as an identifier. */
	static final String ACCOUNT_SYSTEM = "urn:backstop:account";

	private RecordResources() {
	}

	/** A pain score from the diary: LOINC 72514-3, a whole number 0-10. */
	static Observation painScore(LoggedEntry entry, Reference patient) {
		Observation observation = new Observation();
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "survey", "Survey")));
		observation.setCode(new CodeableConcept(
				new Coding(Loinc.SYSTEM, Loinc.PAIN_SEVERITY.code(), Loinc.PAIN_SEVERITY.display())));
		observation.setSubject(patient);
		// The person reported it themselves.
		observation.addPerformer(patient);
		observation.setEffective(new DateTimeType(Date.from(entry.loggedAt())));
		observation.setValue(new IntegerType(entry.pain()));
		return observation;
	}

	/** A medicine logged in the diary, as taken at that moment. */
	static MedicationStatement medicine(LoggedEntry entry, LoggedMedicine taken, Reference patient) {
		MedicationStatement statement = new MedicationStatement();
		statement.setStatus(MedicationStatement.MedicationStatementStatus.COMPLETED);
		CodeableConcept medicine = new CodeableConcept(
				BackstopTerminology.coding(BackstopTerminology.MEDICINE, taken.medicine().code()));
		medicine.setText(BackstopTerminology.medicineName(taken.medicine()));
		statement.setMedication(medicine);
		statement.setSubject(patient);
		statement.setEffective(new DateTimeType(Date.from(entry.loggedAt())));
		statement.setDateAssertedElement(new DateTimeType(Date.from(entry.loggedAt())));
		statement.setInformationSource(patient);
		statement.addDosage()
			.setText(taken.mg() + " mg")
			.addDoseAndRate()
			.setDose(new Quantity().setValue(taken.mg()).setUnit("mg").setSystem(UCUM).setCode("mg"));
		return statement;
	}

	/** A completed questionnaire, answered against Backstop's own Questionnaire. */
	static QuestionnaireResponse response(Answered answered, Reference patient) {
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.setQuestionnaire(BackstopQuestionnaires.urlOf(answered.instrument()));
		response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		response.setSubject(patient);
		response.setAuthored(Date.from(answered.storedAt()));
		response.setAuthor(patient);
		for (Item item : answered.instrument().items()) {
			Integer answer = answered.answers().get(item.id());
			if (answer != null) {
				response.addItem().setLinkId(item.id()).addAnswer().setValue(new IntegerType(answer));
			}
		}
		return response;
	}

	/**
	 * The triage of a saved assessment: its level as the qualitative risk, each reason as
	 * a coded rule with its words and sources.
	 */
	static RiskAssessment triage(JsonNode assessment, Reference patient) {
		JsonNode triage = assessment.path("result").path("triage");
		RiskAssessment risk = new RiskAssessment();
		risk.setStatus(RiskAssessment.RiskAssessmentStatus.FINAL);
		risk.setCode(new CodeableConcept(BackstopTerminology.coding(BackstopTerminology.ASSESSMENT, "triage")));
		risk.setMethod(new CodeableConcept()
			.setText("Backstop red-flag rules, engine " + assessment.path("engineVersion").asString("unknown")));
		risk.setSubject(patient);
		risk.setOccurrence(new DateTimeType(Date.from(createdAt(assessment))));
		String level = triage.path("level").asString();
		CodeableConcept levelConcept = new CodeableConcept(
				BackstopTerminology.coding(BackstopTerminology.TRIAGE_LEVEL, level));
		levelConcept.setText(triage.path("headline").asString());
		risk.addPrediction()
			.setOutcome(new CodeableConcept().setText("How soon to get care"))
			.setQualitativeRisk(levelConcept)
			.setRationale(triage.path("headline").asString());
		for (JsonNode reason : triage.path("reasons")) {
			CodeableConcept code = new CodeableConcept(
					BackstopTerminology.coding(BackstopTerminology.TRIAGE_RULE, reason.path("code").asString()));
			code.setText(reason.path("text").asString() + " (source: " + reason.path("source").asString() + ")");
			risk.addReasonCode(code);
			risk.addNote()
				.setText(reason.path("code").asString() + ": " + reason.path("text").asString() + " Source: "
						+ reason.path("source").asString() + ".");
		}
		for (JsonNode watch : triage.path("watchFor")) {
			risk.setMitigation((risk.hasMitigation() ? risk.getMitigation() + " " : "Watch for: ") + watch.asString());
		}
		return risk;
	}

	/**
	 * The self-care plan of a saved assessment, section by section; {@code triageUrn}
	 * names the triage it followed, or is {@code null} when that is not in the bundle.
	 */
	static CarePlan plan(JsonNode assessment, Reference patient, String triageUrn, boolean latest) {
		JsonNode plan = assessment.path("result").path("plan");
		CarePlan carePlan = new CarePlan();
		carePlan.setStatus(latest ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.COMPLETED);
		carePlan.setIntent(CarePlan.CarePlanIntent.PLAN);
		carePlan.setTitle("Self-care plan");
		carePlan.setDescription(plan.path("notice").asString(null));
		carePlan.setSubject(patient);
		carePlan.setCreated(Date.from(createdAt(assessment)));
		if (triageUrn != null) {
			carePlan.addSupportingInfo(new Reference(triageUrn));
		}
		JsonNode urgent = plan.path("urgent");
		if (!urgent.isMissingNode()) {
			carePlan.addNote().setText(urgent.path("headline").asString() + ". " + urgent.path("text").asString());
		}
		for (JsonNode section : plan.path("sections")) {
			for (JsonNode item : section.path("items")) {
				String what = item.path("title").asString() + ": " + item.path("whatToDo").asString();
				String dose = item.path("dose").path("summary").asString(null);
				carePlan.addActivity()
					.getDetail()
					.setStatus(CarePlan.CarePlanActivityStatus.NOTSTARTED)
					.setDescription((dose != null) ? what + " (" + dose + ")" : what)
					.setCode(new CodeableConcept().setText(section.path("title").asString()));
			}
		}
		return carePlan;
	}

	/** One entry of the audit trail: who did what with the person's record, and when. */
	static AuditEvent access(org.backstop.app.audit.AuditEvent event, Reference patient) {
		AuditEvent audit = new AuditEvent();
		audit
			.setType(new Coding("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest", "Restful Operation"));
		audit.addSubtype(subtype(event.action()));
		audit.setAction(action(event.action()));
		audit.setRecorded(Date.from(event.at()));
		audit.setOutcome(AuditEvent.AuditEventOutcome._0);
		AuditEvent.AuditEventAgentComponent agent = audit.addAgent().setRequestor(true);
		if (event.actorId() != null && event.actorId().equals(event.subjectId())) {
			agent.setWho(patient);
		}
		else if (event.actorId() != null) {
			agent.setWho(new Reference()
				.setIdentifier(new Identifier().setSystem(ACCOUNT_SYSTEM).setValue(event.actorId().toString()))
				.setDisplay((event.actorRole() != null) ? event.actorRole().name().toLowerCase(Locale.ROOT) : null));
		}
		else {
			agent.setWho(new Reference().setDisplay("an account since deleted"));
		}
		audit.getSource().setObserver(new Reference().setDisplay("Backstop"));
		audit.addEntity()
			.setWhat(patient)
			.setType(new Coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "1", "Person"))
			.setRole(new Coding("http://terminology.hl7.org/CodeSystem/object-role", "1", "Patient"));
		AuditEvent.AuditEventEntityComponent what = audit.addEntity()
			.setType(new Coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "2", "System Object"))
			.setName(event.resource());
		if (event.resourceId() != null) {
			what.setWhat(new Reference().setIdentifier(new Identifier().setSystem("urn:backstop:" + event.resource())
				.setValue(event.resourceId().toString())));
		}
		return audit;
	}

	private static Coding subtype(AuditAction action) {
		String code = switch (action) {
			case CREATE -> "create";
			case READ -> "read";
			case UPDATE -> "update";
			case DELETE -> "delete";
			case LIST -> "search-type";
			case EXPORT -> "operation";
		};
		return new Coding("http://hl7.org/fhir/restful-interaction", code, null);
	}

	private static AuditEvent.AuditEventAction action(AuditAction action) {
		return switch (action) {
			case CREATE -> AuditEvent.AuditEventAction.C;
			case READ, LIST -> AuditEvent.AuditEventAction.R;
			case UPDATE -> AuditEvent.AuditEventAction.U;
			case DELETE -> AuditEvent.AuditEventAction.D;
			case EXPORT -> AuditEvent.AuditEventAction.E;
		};
	}

	static Instant createdAt(JsonNode assessment) {
		return Instant.parse(assessment.path("createdAt").asString());
	}

	static UUID id(JsonNode assessment) {
		return UUID.fromString(assessment.path("id").asString());
	}

	static Date day(LocalDate date) {
		return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

}
