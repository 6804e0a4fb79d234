package org.backstop.app.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;

/**
 * A person's record exported over real HTTP from what they entered through the API,
 * checked by the FHIR instance validator against base R4 and Backstop's own
 * Questionnaires and code systems.
 */
@ApiTest
class FhirExportApiTest {

	/**
	 * The only warnings an export may carry, by message: a resource without narrative (a
	 * best-practice hint; the data is all coded) and LOINC, which cannot be checked
	 * offline (LoincCodesTest pins every code instead).
	 */
	static final List<Pattern> EXPECTED_WARNINGS = List.of(
			Pattern.compile(Pattern.quote("Constraint failed: dom-6: 'A resource should have narrative") + ".*"),
			Pattern
				.compile(Pattern.quote("CodeSystem is unknown and can't be validated: http://loinc.org for ") + ".*"));

	@LocalServerPort
	int port;

	@Test
	void aPersonsRecordIsAValidR4CollectionWithEveryPartOfIt() {
		Http person = new Http(this.port).withToken(People.patientWithToken(new Http(this.port)));
		seed(person);

		HttpResponse<String> response = person.get("/api/v1/fhir/export");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(Http.contentType(response)).startsWith("application/fhir+json");
		assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
			.matches("attachment; filename=\"backstop-fhir-\\d{4}-\\d{2}-\\d{2}\\.json\"");
		List<SingleValidationMessage> messages = FhirValidation.messages(response.body(), ResultSeverityEnum.WARNING);
		assertThat(FhirValidation.describe(messages.stream()
			.filter((m) -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
			.toList())).isEmpty();
		assertThat(messages).isNotEmpty()
			.allSatisfy((m) -> assertThat(EXPECTED_WARNINGS).as(m.getMessage())
				.anyMatch((expected) -> expected.matcher(m.getMessage()).matches()));

		Bundle bundle = Fhir.context().newJsonParser().parseResource(Bundle.class, response.body());
		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		assertThat(bundle.getEntry()).allSatisfy((e) -> assertThat(e.getFullUrl()).startsWith("urn:uuid:"));
		Map<String, Long> kinds = bundle.getEntry()
			.stream()
			.collect(Collectors.groupingBy((e) -> e.getResource().fhirType(), Collectors.counting()));
		assertThat(kinds).containsEntry("Patient", 1L)
			.containsEntry("Observation", 2L)
			.containsEntry("MedicationStatement", 1L)
			.containsEntry("QuestionnaireResponse", 3L)
			.containsEntry("RiskAssessment", 2L)
			.containsEntry("CarePlan", 2L)
			.containsKey("AuditEvent")
			.doesNotContainKey("Consent");
		// No identity beyond what the record needs: no name, e-mail or identifier.
		assertThat(response.body()).doesNotContain("@example.org");

		List<Integer> pains = resources(bundle, Observation.class).stream()
			.map((o) -> ((IntegerType) o.getValue()).getValue())
			.toList();
		assertThat(pains).containsExactly(6, 3);
		RiskAssessment redFlag = resources(bundle, RiskAssessment.class).get(0);
		assertThat(redFlag.getPredictionFirstRep().getQualitativeRisk().getCodingFirstRep().getCode())
			.isEqualTo("emergency");
		assertThat(redFlag.getReasonCode()).isNotEmpty()
			.allSatisfy((reason) -> assertThat(reason.getText()).contains("(source: "));
		AuditEvent last = resources(bundle, AuditEvent.class).get(resources(bundle, AuditEvent.class).size() - 1);
		assertThat(last.getAction()).as("the export itself is the last access")
			.isEqualTo(AuditEvent.AuditEventAction.E);

		List<String> loincEmitted = bundle.getEntry()
			.stream()
			.flatMap((e) -> Fhir.context()
				.newTerser()
				.getAllPopulatedChildElementsOfType(e.getResource(), Coding.class)
				.stream())
			.filter((c) -> Loinc.SYSTEM.equals(c.getSystem()))
			.map((c) -> c.getCode() + " " + c.getDisplay())
			.distinct()
			.toList();
		assertThat(Loinc.emitted().stream().map((c) -> c.code() + " " + c.display()).toList())
			.containsAll(loincEmitted);
	}

	@Test
	void onlyASignedInPersonExportsAndOnlyTheirOwnRecord() {
		Http anonymous = new Http(this.port);
		assertThat(anonymous.get("/api/v1/fhir/export").statusCode()).isEqualTo(401);
		Http someone = anonymous.withToken(People.patientWithToken(anonymous));
		seed(someone);
		Http other = anonymous.withToken(People.patientWithToken(anonymous));
		Bundle bundle = Fhir.context()
			.newJsonParser()
			.parseResource(Bundle.class, other.get("/api/v1/fhir/export").body());
		assertThat(bundle.getEntry()).extracting((e) -> e.getResource().fhirType())
			.containsOnly("Patient", "AuditEvent");
	}

	@Test
	void backstopsQuestionnairesAndCodeSystemsAreServedToAnyone() {
		Http anonymous = new Http(this.port);
		for (String path : List.of("/api/v1/fhir/Questionnaire/nrs", "/api/v1/fhir/Questionnaire/start-back",
				"/api/v1/fhir/CodeSystem/triage-level", "/api/v1/fhir/ValueSet/triage-level")) {
			HttpResponse<String> response = anonymous.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(Http.contentType(response)).startsWith("application/fhir+json");
			assertThat(FhirValidation.describe(FhirValidation.messages(response.body(), ResultSeverityEnum.ERROR)))
				.as(path)
				.isEmpty();
		}
		assertThat(anonymous.get("/api/v1/fhir/Questionnaire/mood").statusCode()).isEqualTo(404);
	}

	static <T> List<T> resources(Bundle bundle, Class<T> type) {
		return bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(type::isInstance)
			.map(type::cast)
			.toList();
	}

	static void seed(Http person) {
		ok(person.postJson("/api/v1/assessments",
				"{\"age\":58,\"sex\":\"male\",\"pain\":{\"intensity\":8,\"region\":\"lower_back\",\"durationDays\":1},\"symptoms\":[\"saddle_numbness\"]}"));
		ok(person.postJson("/api/v1/assessments",
				"{\"age\":35,\"sex\":\"female\",\"pain\":{\"intensity\":4,\"region\":\"lower_back\",\"durationDays\":2}}"));
		ok(person.postJson("/api/v1/diary/entries",
				"{\"at\":\"2026-11-30T08:00:00Z\",\"pain\":6,\"spasms\":2,\"medicines\":[{\"medicine\":\"ibuprofen\",\"mg\":400}]}"));
		ok(person.postJson("/api/v1/diary/entries", "{\"at\":\"2026-12-01T08:00:00Z\",\"pain\":3}"));
		ok(person.postJson("/api/v1/questionnaires/nrs/responses", "{\"answers\":{\"pain\":5}}"));
		ok(person.postJson("/api/v1/questionnaires/peg/responses",
				"{\"answers\":{\"pain\":6,\"enjoyment\":5,\"activity\":4}}"));
		ok(person.postJson("/api/v1/questionnaires/start_back/responses",
				"{\"answers\":{\"q1\":1,\"q2\":0,\"q3\":1,\"q4\":0,\"q5\":1,\"q6\":0,\"q7\":1,\"q8\":0,\"q9\":3}}"));
	}

	private static void ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
	}

}
