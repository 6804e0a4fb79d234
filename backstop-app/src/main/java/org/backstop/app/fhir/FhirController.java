package org.backstop.app.fhir;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.hl7.fhir.instance.model.api.IBaseResource;

import org.hl7.fhir.r4.model.Bundle;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.backstop.app.security.AccountUser;
import org.backstop.app.system.NotFoundException;

/**
 * FHIR R4 over {@code /api/v1/fhir}: the caller's own record as a Bundle to download, and
 * Backstop's Questionnaires, code systems and value sets, which anyone may read.
 */
@RestController
class FhirController {

	private static final MediaType FHIR_JSON = MediaType.parseMediaType(Fhir.JSON + ";charset=UTF-8");

	private final RecordBundle records;

	FhirController(RecordBundle records) {
		this.records = records;
	}

	@GetMapping(path = "/api/v1/fhir/export", produces = { Fhir.JSON, MediaType.ALL_VALUE })
	@Operation(summary = "Your own record as a FHIR R4 Bundle (type collection) to download")
	ResponseEntity<String> export(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user) {
		return this.records.export(user)
			.map(FhirController::download)
			.orElseThrow(() -> new NotFoundException("Your record is not yours to export with this sign-in."));
	}

	@GetMapping(path = "/api/v1/fhir/people/{ownerId}/export", produces = { Fhir.JSON, MediaType.ALL_VALUE })
	@Operation(summary = "For a clinician: the parts of a person's record they share with you, as a FHIR R4 Bundle")
	ResponseEntity<String> exportShared(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@PathVariable UUID ownerId) {
		// Without a running grant it is as if the person did not exist.
		return this.records.shared(user, ownerId)
			.map(FhirController::download)
			.orElseThrow(() -> new NotFoundException("No one with this id shares their record with you."));
	}

	private static ResponseEntity<String> download(Bundle bundle) {
		String date = LocalDate.ofInstant(bundle.getTimestamp().toInstant(), ZoneOffset.UTC).toString();
		ContentDisposition attachment = ContentDisposition.attachment()
			.filename("backstop-fhir-" + date + ".json")
			.build();
		// Health data: no cache along the way may keep a copy.
		return ResponseEntity.ok()
			.contentType(FHIR_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
			.cacheControl(CacheControl.noStore())
			.body(Fhir.json(bundle));
	}

	@GetMapping(path = "/api/v1/fhir/Questionnaire/{id}", produces = { Fhir.JSON, MediaType.ALL_VALUE })
	@Operation(summary = "One of Backstop's questionnaires as a FHIR R4 Questionnaire")
	ResponseEntity<String> questionnaire(@PathVariable String id) {
		return definition(BackstopQuestionnaires.byId(id).orElseThrow(() -> notFound("questionnaire", id)));
	}

	@GetMapping(path = "/api/v1/fhir/CodeSystem/{id}", produces = { Fhir.JSON, MediaType.ALL_VALUE })
	@Operation(summary = "One of Backstop's code systems as a FHIR R4 CodeSystem")
	ResponseEntity<String> codeSystem(@PathVariable String id) {
		return definition(BackstopTerminology.codeSystem(id).orElseThrow(() -> notFound("code system", id)));
	}

	@GetMapping(path = "/api/v1/fhir/ValueSet/{id}", produces = { Fhir.JSON, MediaType.ALL_VALUE })
	@Operation(summary = "One of Backstop's value sets as a FHIR R4 ValueSet")
	ResponseEntity<String> valueSet(@PathVariable String id) {
		return definition(BackstopTerminology.valueSet(id).orElseThrow(() -> notFound("value set", id)));
	}

	private static ResponseEntity<String> definition(IBaseResource resource) {
		return ResponseEntity.ok().contentType(FHIR_JSON).body(Fhir.json(resource));
	}

	private static NotFoundException notFound(String kind, String id) {
		return new NotFoundException("Backstop has no " + kind + " with that id.");
	}

}
