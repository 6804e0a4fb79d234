package org.backstop.app.fhir;

import java.util.List;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * The HAPI FHIR instance validator against base R4, with Backstop's Questionnaires, code
 * systems and value sets loaded so that answers and codes are checked against them. It
 * takes seconds to build: made once, on first use, for every test that needs it.
 */
public final class FhirValidation {

	private static FhirValidator validator;

	private FhirValidation() {
	}

	@SuppressWarnings("unchecked")
	static synchronized FhirValidator validator() {
		if (validator == null) {
			var context = Fhir.context();
			// This support keeps code systems, value sets and profiles; the validator
			// asks
			// for a Questionnaire by fetchResource, which it leaves unanswered.
			PrePopulatedValidationSupport backstop = new PrePopulatedValidationSupport(context) {

				@Override
				public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
					if (type == null || type.isAssignableFrom(Questionnaire.class)) {
						var found = BackstopQuestionnaires.all()
							.stream()
							.filter((q) -> q.getUrl().equals(url))
							.findFirst();
						if (found.isPresent()) {
							return type == null ? (T) found.get() : type.cast(found.get());
						}
					}
					return super.fetchResource(type, url);
				}

			};
			BackstopTerminology.codeSystems().forEach(backstop::addCodeSystem);
			BackstopTerminology.valueSets().forEach(backstop::addValueSet);
			ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
					backstop, new InMemoryTerminologyServerValidationSupport(context),
					new CommonCodeSystemsTerminologyService(context));
			FhirInstanceValidator instance = new FhirInstanceValidator(chain);
			validator = context.newValidator().registerValidatorModule(instance);
		}
		return validator;
	}

	/** Every message of at least the given severity. */
	static List<SingleValidationMessage> messages(IBaseResource resource, ResultSeverityEnum atLeast) {
		return validator().validateWithResult(resource)
			.getMessages()
			.stream()
			.filter((m) -> m.getSeverity().ordinal() >= atLeast.ordinal())
			.toList();
	}

	public static List<SingleValidationMessage> messages(String json, ResultSeverityEnum atLeast) {
		return messages(Fhir.context().newJsonParser().parseResource(json), atLeast);
	}

	public static List<String> describe(List<SingleValidationMessage> messages) {
		return messages.stream()
			.map((m) -> m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage())
			.toList();
	}

}
