package org.backstop.app.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

import org.backstop.app.security.HealthDataScope;
import org.backstop.core.questionnaire.Instruments;

/**
 * The validator's checks bite: an answer out of range, a missing required item and a
 * Consent without a policy are each an error, while the same resources done right pass.
 * Backstop's own definitions pass too.
 */
class FhirValidationTest {

	private static final String PATIENT = "urn:uuid:" + UUID.nameUUIDFromBytes("patient".getBytes());

	private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

	@Test
	void anAnswerOf11OnA0To10ItemIsAnError() {
		assertThat(errors(bundleOf(response(Instruments.NRS.id(), "pain", 10)))).isEmpty();
		assertThat(errors(bundleOf(response(Instruments.NRS.id(), "pain", 11)))).isNotEmpty()
			.anySatisfy((error) -> assertThat(error).contains("item[0].answer[0]")
				.contains("The value 11 is greater than the allowed maximum of 10"));
	}

	@Test
	void aMissingRequiredItemIsAnError() {
		QuestionnaireResponse peg = response(Instruments.PEG.id(), "pain", 5);
		peg.addItem().setLinkId("enjoyment").addAnswer().setValue(new IntegerType(4));
		assertThat(errors(bundleOf(peg))).isNotEmpty().anySatisfy((error) -> assertThat(error).contains("activity"));
		peg.addItem().setLinkId("activity").addAnswer().setValue(new IntegerType(4));
		assertThat(errors(bundleOf(peg))).isEmpty();
	}

	@Test
	void aConsentWithoutAPolicyIsAnError() {
		ShareTerms share = new ShareTerms(UUID.randomUUID(), "Riverside Spine Clinic",
				Set.of(HealthDataScope.ASSESSMENTS, HealthDataScope.DIARY), NOW.minusSeconds(86_400),
				NOW.plusSeconds(30 * 86_400), null, ShareTerms.BACKSTOP_POLICY);
		Consent consent = ConsentBuilder.of(share, new Reference(PATIENT), Clock.fixed(NOW, ZoneOffset.UTC));
		assertThat(consent.getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
		assertThat(consent.getProvision().getPeriod().getEnd().toInstant()).isEqualTo(share.end());
		assertThat(consent.getProvision().getClass_()).extracting((c) -> c.getCode())
			.containsExactlyInAnyOrder("RiskAssessment", "Observation", "MedicationStatement");
		assertThat(errors(bundleOf(consent))).isEmpty();

		Consent withoutPolicy = ConsentBuilder.of(
				new ShareTerms(share.id(), share.recipient(), share.scope(), share.start(), share.end(), null, null),
				new Reference(PATIENT), Clock.fixed(NOW, ZoneOffset.UTC));
		assertThat(errors(bundleOf(withoutPolicy))).isNotEmpty()
			.anySatisfy((error) -> assertThat(error).contains("ppc-1"));
	}

	@Test
	void aRevokedShareIsAnInactiveConsentEndingWhenItWasRevoked() {
		Instant revoked = NOW.minusSeconds(3_600);
		ShareTerms share = new ShareTerms(UUID.randomUUID(), "Riverside Spine Clinic",
				Set.of(HealthDataScope.QUESTIONNAIRES), NOW.minusSeconds(86_400), NOW.plusSeconds(86_400), revoked,
				ShareTerms.BACKSTOP_POLICY);
		Consent consent = ConsentBuilder.of(share, new Reference(PATIENT), Clock.fixed(NOW, ZoneOffset.UTC));
		assertThat(consent.getStatus()).isEqualTo(Consent.ConsentState.INACTIVE);
		assertThat(consent.getProvision().getPeriod().getEnd().toInstant()).isEqualTo(revoked);
	}

	@Test
	void backstopsOwnDefinitionsAreValid() {
		List<IBaseResource> definitions = new java.util.ArrayList<>();
		definitions.addAll(BackstopQuestionnaires.all());
		definitions.addAll(BackstopTerminology.codeSystems());
		definitions.addAll(BackstopTerminology.valueSets());
		assertThat(BackstopQuestionnaires.all()).hasSize(Instruments.ALL.size());
		for (IBaseResource definition : definitions) {
			assertThat(FhirValidation.describe(FhirValidation.messages(definition, ResultSeverityEnum.ERROR)))
				.as(definition.getIdElement().getValue())
				.isEmpty();
		}
	}

	private static QuestionnaireResponse response(String instrument, String item, int answer) {
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.setQuestionnaire(BackstopQuestionnaires.urlOf(Instruments.byId(instrument).orElseThrow()));
		response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		response.setSubject(new Reference(PATIENT));
		response.addItem().setLinkId(item).addAnswer().setValue(new IntegerType(answer));
		return response;
	}

	private static Bundle bundleOf(Resource resource) {
		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.COLLECTION);
		bundle.addEntry().setFullUrl(PATIENT).setResource(new Patient().setActive(true));
		bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(resource);
		return bundle;
	}

	private static List<String> errors(Bundle bundle) {
		return FhirValidation.describe(FhirValidation.messages(bundle, ResultSeverityEnum.ERROR));
	}

}
