package org.backstop.app.assessment;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.backstop.app.security.AccountUser;
import org.backstop.app.system.InvalidInputException;
import org.backstop.app.system.StrictJsonBody;
import org.backstop.core.AssessmentEngine;
import org.backstop.core.AssessmentResult;
import org.backstop.core.assessment.AssessmentInput;

/**
 * {@code POST /api/v1/assessments}: anyone may assess themselves without an account, and
 * then nothing is stored; a signed-in person's assessment is stored and answered with
 * {@code 201}. Both answer the same result document ({@link AssessmentDocument}); the
 * kept one adds its id and createdAt at the root, so a client never branches on the
 * status to find the triage level. The body is read strictly ({@link StrictJsonBody}) and
 * checked by the core, so the API and the command line accept exactly the same JSON and
 * report the same problems.
 * <p>
 * The answer comes first and storing second (HAZ-020): when the database refuses to keep
 * a signed-in person's assessment, they still get it, with {@code 200} and
 * {@code "stored": false} at its root.
 */
@RestController
class AssessmentController {

	private static final Log log = LogFactory.getLog(AssessmentController.class);

	private final AssessmentHistory history;

	AssessmentController(AssessmentHistory history) {
		this.history = history;
	}

	@PostMapping(path = "/api/v1/assessments", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Assess a back spasm: severity grade and red-flag triage",
			description = "Takes version 1 of the assessment contract. Unknown fields and unknown codes are rejected. "
					+ "Backstop supports decisions; it does not diagnose.",
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = AssessmentInput.class))),
			responses = {
					@ApiResponse(responseCode = "200",
							description = "Not signed in: the result document; nothing is kept. Signed in, when the "
									+ "database could not keep it: the same document with stored: false added at "
									+ "its root (and no id); the answer stands, only the keeping failed",
							content = @Content(schema = @Schema(
									allOf = { AssessmentResult.class, AssessmentDocument.NotKeptFields.class }))),
					@ApiResponse(responseCode = "201",
							description = "Signed in: the same result document, at the same paths, kept; "
									+ "id and createdAt are added at its root and the Location header names it",
							headers = @Header(name = HttpHeaders.LOCATION,
									description = "/api/v1/assessments/{id} of the kept assessment",
									schema = @Schema(type = "string")),
							content = @Content(schema = @Schema(
									allOf = { AssessmentResult.class, AssessmentDocument.KeptFields.class }))),
					@ApiResponse(responseCode = "400", description = "Bad input: every problem listed under errors",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
									schema = @Schema(implementation = ProblemDetail.class))),
					@ApiResponse(responseCode = "413", description = "The body is larger than 64 KiB",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
									schema = @Schema(implementation = ProblemDetail.class))) })
	ResponseEntity<ObjectNode> assess(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@StrictJsonBody JsonNode input) {
		AssessmentResult result = InvalidInputException.valueOf(AssessmentEngine.assess(input));
		if (user == null) {
			return ResponseEntity.ok(AssessmentDocument.of(result));
		}
		StoredAssessment stored;
		try {
			stored = this.history.store(user, input, result);
		}
		catch (DataAccessException | TransactionException ex) {
			// The class only: the database's message may quote the health data.
			log.warn("An assessment was answered but not stored: the database refused it ("
					+ ex.getClass().getSimpleName() + ")");
			return ResponseEntity.ok(AssessmentDocument.notKept(result));
		}
		return ResponseEntity.created(URI.create("/api/v1/assessments/" + stored.id()))
			.body(AssessmentDocument.kept(stored));
	}

}
