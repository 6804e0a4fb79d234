package org.backstop.app.fhir;

import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI FHIR's R4 context, built on first use: it takes seconds and memory, so it stays
 * off the start-up path and is made once.
 */
public final class Fhir {

	/** The media type of FHIR JSON. */
	public static final String JSON = "application/fhir+json";

	private Fhir() {
	}

	public static FhirContext context() {
		return FhirContext.forR4Cached();
	}

	public static IParser parser() {
		return context().newJsonParser().setPrettyPrint(true);
	}

	public static String json(IBaseResource resource) {
		return parser().encodeResourceToString(resource);
	}

	/**
	 * A stable {@code urn:uuid} for one resource made from a stored item: the same item
	 * gives the same address in every export, and no stored id shows through.
	 */
	static String urn(String kind, UUID id) {
		return "urn:uuid:"
				+ UUID.nameUUIDFromBytes((kind + "/" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
