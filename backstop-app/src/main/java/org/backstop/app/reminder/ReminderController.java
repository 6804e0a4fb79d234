package org.backstop.app.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import org.backstop.app.security.AccountUser;
import org.backstop.app.system.InvalidInputException;
import org.backstop.app.system.JsonObjects;
import org.backstop.app.system.NotFoundException;
import org.backstop.app.system.PublicAddress;
import org.backstop.app.system.StrictJsonBody;
import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/**
 * The signed-in person's reminders: {@code GET/POST /api/v1/reminders},
 * {@code GET/PUT/DELETE /api/v1/reminders/{id}}, and the secret calendar feed address
 * ({@code POST/DELETE /api/v1/reminders/feed}). Someone else's id answers 404, exactly as
 * an id that does not exist. A read token may read; changes need the write scope.
 */
@RestController
class ReminderController {

	private static final String NOT_FOUND = "You have no reminder with this id.";

	private static final Set<String> FEED_FIELDS = Set.of("detail");

	private final Reminders reminders;

	private final PublicAddress publicAddress;

	ReminderController(Reminders reminders, PublicAddress publicAddress) {
		this.reminders = reminders;
		this.publicAddress = publicAddress;
	}

	@GetMapping("/api/v1/reminders")
	@Operation(summary = "Your reminders, oldest first")
	List<ReminderView> list(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user) {
		return this.reminders.list(user).stream().map(ReminderView::of).toList();
	}

	@PostMapping(path = "/api/v1/reminders", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a reminder",
			description = "kind (exercise, hydration, questionnaire, medicine), label (optional, up to 80 characters), "
					+ "times (HH:mm, up to 12) or, for hydration, everyHours with from and until; days (mon to sun, "
					+ "none for every day), timeZone (IANA, such as Europe/Madrid), ingredient (medicine only), active. "
					+ "Medicine times may not be closer together, nor more a day, than the dose limits allow.",
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = ReminderInput.class))),
			responses = {
					@ApiResponse(responseCode = "201", description = "The reminder made",
							content = @Content(schema = @Schema(implementation = ReminderView.class))),
					@ApiResponse(responseCode = "400", description = "Bad input: every problem listed under errors",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
									schema = @Schema(implementation = ProblemDetail.class))) })
	ResponseEntity<ReminderView> create(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@StrictJsonBody JsonNode body) {
		Reminder created = InvalidInputException.valueOf(this.reminders.create(user, ReminderInput.read(body)));
		return ResponseEntity.status(HttpStatus.CREATED).body(ReminderView.of(created));
	}

	@GetMapping("/api/v1/reminders/{id}")
	@Operation(summary = "One of your reminders")
	ReminderView one(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
		return this.reminders.find(user, id).map(ReminderView::of).orElseThrow(() -> new NotFoundException(NOT_FOUND));
	}

	@PutMapping(path = "/api/v1/reminders/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace one of your reminders with the fields sent, as for creating one",
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = ReminderInput.class))),
			responses = {
					@ApiResponse(responseCode = "200", description = "The reminder as changed",
							content = @Content(schema = @Schema(implementation = ReminderView.class))),
					@ApiResponse(responseCode = "400", description = "Bad input: every problem listed under errors",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
									schema = @Schema(implementation = ProblemDetail.class))),
					@ApiResponse(responseCode = "404", description = "You have no reminder with this id",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
									schema = @Schema(implementation = ProblemDetail.class))) })
	ReminderView update(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user, @PathVariable UUID id,
			@StrictJsonBody JsonNode body) {
		// Someone else's id is 404 whatever was sent, so nothing leaks.
		Checked<Reminder> updated = this.reminders.update(user, id, ReminderInput.read(body))
			.orElseThrow(() -> new NotFoundException(NOT_FOUND));
		return ReminderView.of(InvalidInputException.valueOf(updated));
	}

	@DeleteMapping("/api/v1/reminders/{id}")
	@Operation(summary = "Delete one of your reminders")
	ResponseEntity<Void> delete(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@PathVariable UUID id) {
		if (!this.reminders.delete(user, id)) {
			throw new NotFoundException(NOT_FOUND);
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/reminders/feed")
	@Operation(summary = "Create your secret calendar feed address, replacing any earlier one",
			description = "Optional JSON body {\"detail\": true} to name in events what they remind of; by default "
					+ "events only say \"Backstop: exercises\" and the like. The address is in the answer once and "
					+ "never again; anyone who has it can read your reminders, so treat it as a password.")
	ResponseEntity<FeedAddress> createFeed(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@StrictJsonBody(required = false) JsonNode body) {
		boolean detail = (body != null) && detailAskedFor(body);
		String secret = this.reminders.createFeed(user, detail)
			.orElseThrow(() -> new InvalidInputException(HttpStatus.FORBIDDEN,
					List.of(Violation.of("$", "sign_in.read_only", "this sign-in may only read"))));
		return ResponseEntity.status(HttpStatus.CREATED).body(FeedAddress.of(this.publicAddress, secret, detail));
	}

	private static boolean detailAskedFor(JsonNode body) {
		List<Violation> violations = new ArrayList<>();
		JsonFields fields = JsonObjects.withOnly(body, FEED_FIELDS, violations);
		InvalidInputException.throwIfAny(violations);
		Boolean detail = fields.optionalBoolean(body, "detail");
		InvalidInputException.throwIfAny(violations);
		return Boolean.TRUE.equals(detail);
	}

	@DeleteMapping("/api/v1/reminders/feed")
	@Operation(summary = "Revoke your calendar feed address; it answers 404 from now on")
	ResponseEntity<Void> revokeFeed(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user) {
		if (!this.reminders.revokeFeed(user)) {
			throw new NotFoundException("You have no calendar feed.");
		}
		return ResponseEntity.noContent().build();
	}

}
