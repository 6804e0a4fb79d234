package org.backstop.app.assessment;

import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.backstop.app.security.AccountUser;
import org.backstop.app.system.InvalidInputException;
import org.backstop.app.system.NotFoundException;
import org.backstop.app.system.Paging;
import org.backstop.core.AssessmentResult;

/**
 * The signed-in person's stored assessments: {@code GET /api/v1/assessments} (newest
 * first, in pages), {@code GET} and {@code DELETE /api/v1/assessments/{id}}. Someone
 * else's id answers 404, exactly as an id that does not exist.
 */
@RestController
class AssessmentHistoryController {

	private static final String NOT_FOUND = "You have no assessment with this id.";

	private final AssessmentHistory history;

	AssessmentHistoryController(AssessmentHistory history) {
		this.history = history;
	}

	@GetMapping("/api/v1/assessments")
	@Operation(summary = "Your stored assessments, newest first, in pages (page from 0, size 1 to 100)",
			description = "Answers items, page, size, totalItems and totalPages. Each item carries id, createdAt, "
					+ "engineVersion, triage.level and severity.level: the paths these fields have in the whole "
					+ "assessment.")
	Paging.Page<AssessmentSummary> list(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@RequestParam Optional<String> page, @RequestParam Optional<String> size) {
		Paging paging = InvalidInputException.valueOf(Paging.of(page.orElse(null), size.orElse(null)));
		return this.history.list(user, user.id(), paging).map(AssessmentSummary::of);
	}

	@GetMapping("/api/v1/assessments/{id}")
	@Operation(
			summary = "One of your stored assessments: the result document as POST answered it, "
					+ "with id, createdAt and the input as sent",
			responses = @ApiResponse(responseCode = "200", description = "The kept assessment",
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(allOf = { AssessmentResult.class, AssessmentDocument.KeptFields.class,
									AssessmentDocument.AsSent.class }))))
	ObjectNode one(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
		return this.history.find(user, id)
			.map(AssessmentDocument::read)
			.orElseThrow(() -> new NotFoundException(NOT_FOUND));
	}

	@DeleteMapping("/api/v1/assessments/{id}")
	@Operation(summary = "Delete one of your stored assessments for good")
	ResponseEntity<Void> delete(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@PathVariable UUID id) {
		if (!this.history.delete(user, id)) {
			throw new NotFoundException(NOT_FOUND);
		}
		return ResponseEntity.noContent().build();
	}

}
