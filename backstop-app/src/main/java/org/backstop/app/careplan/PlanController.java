package org.backstop.app.careplan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.backstop.app.system.InvalidInputException;
import org.backstop.app.system.StrictJsonBody;
import org.backstop.core.AssessmentEngine;
import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.careplan.CarePlan;

/**
 * {@code POST /api/v1/plans}: the self-care plan alone, from the same input as an
 * assessment (with its optional {@code preferences}).
 */
@RestController
class PlanController {

	@PostMapping(path = "/api/v1/plans", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A personal self-care plan, with every item left out and why",
			description = "Takes the assessment input (version 1) with its optional preferences. When triage asks for care, "
					+ "the plan opens with that and keeps only comfort measures. Backstop supports decisions; it does not diagnose.",
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = AssessmentInput.class))),
			responses = {
					@ApiResponse(responseCode = "200", description = "The plan",
							content = @Content(schema = @Schema(implementation = CarePlan.class))),
					@ApiResponse(responseCode = "400", description = "Bad input: every problem listed under errors",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
									schema = @Schema(implementation = ProblemDetail.class))) })
	CarePlan plan(@StrictJsonBody JsonNode input) {
		return InvalidInputException.valueOf(AssessmentEngine.assess(input)).plan();
	}

}
