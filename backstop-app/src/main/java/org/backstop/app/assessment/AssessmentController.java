package org.backstop.app.assessment;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.backstop.app.system.JsonRequests;
import org.backstop.core.assessment.AssessmentEngine;
import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.AssessmentResult;

/**
 * {@code POST /api/v1/assessments}: anyone may assess themselves without an account;
 * nothing is stored. The body is read as bytes and checked by the core, so the API and
 * the command line accept exactly the same JSON and report the same problems.
 */
@RestController
class AssessmentController {

	@PostMapping(path = "/api/v1/assessments", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Assess a back spasm: severity grade and red-flag triage",
			description = "Takes version 1 of the assessment contract. Unknown fields and unknown codes are rejected. "
					+ "Backstop supports decisions; it does not diagnose.",
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = AssessmentInput.class))),
			responses = {
					@ApiResponse(responseCode = "200", description = "The assessment",
							content = @Content(schema = @Schema(implementation = AssessmentResult.class))),
					@ApiResponse(responseCode = "400", description = "Bad input: every problem listed under errors",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
									schema = @Schema(implementation = ProblemDetail.class))),
					@ApiResponse(responseCode = "413", description = "The body is larger than 64 KiB",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
									schema = @Schema(implementation = ProblemDetail.class))) })
	ResponseEntity<?> assess(InputStream body) throws IOException {
		return JsonRequests.answer(body, AssessmentEngine::assess);
	}

}
