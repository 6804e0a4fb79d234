package org.backstop.app.medicine;

import java.time.Clock;

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
import org.backstop.core.medicine.DoseGuard;
import org.backstop.core.medicine.MedicineCheckRequest;
import org.backstop.core.medicine.MedicineCheckResult;

/**
 * {@code POST /api/v1/medicines/check}: anyone may check their doses without an account;
 * nothing is stored. The body is read as bytes and checked by the core
 * ({@link StrictJsonBody}), so the API and the command line accept exactly the same JSON
 * and report the same problems.
 */
@RestController
class MedicineCheckController {

	private final Clock clock;

	MedicineCheckController(Clock clock) {
		this.clock = clock;
	}

	@PostMapping(path = "/api/v1/medicines/check", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Check medicine doses: is the next dose allowed now, when, and how much",
			description = "Takes the doses taken (ingredient, mg, time with offset) and answers for ibuprofen, naproxen, "
					+ "aspirin and acetaminophen: whether a dose is allowed now, when the next one is, the most to take, "
					+ "and how much of the daily maximum is used over a rolling 24 hours, counting every product with "
					+ "the same ingredient together. Unknown fields and unknown codes are rejected. Without 'now' the "
					+ "server's clock is used. 'pregnant' and 'pregnancyWeeks' take \"not_sure\" as the assessment "
					+ "does; a pregnancy not known for sure, or one without its week, is checked as a late pregnancy, "
					+ "and the answer says so under 'notSure' ([{\"answer\": \"pregnancyWeeks\", \"readAs\": 45}], "
					+ "left out when nothing was assumed). Backstop supports decisions; follow the label and ask a "
					+ "pharmacist.",
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = MedicineCheckRequest.class))),
			responses = {
					@ApiResponse(responseCode = "200", description = "The status of every medicine",
							content = @Content(schema = @Schema(implementation = MedicineCheckResult.class))),
					@ApiResponse(responseCode = "400", description = "Bad input: every problem listed under errors",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
									schema = @Schema(implementation = ProblemDetail.class))),
					@ApiResponse(responseCode = "413", description = "The body is larger than 64 KiB",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
									schema = @Schema(implementation = ProblemDetail.class))) })
	MedicineCheckResult check(@StrictJsonBody JsonNode request) {
		return InvalidInputException.valueOf(DoseGuard.check(request, this.clock.instant()));
	}

}
