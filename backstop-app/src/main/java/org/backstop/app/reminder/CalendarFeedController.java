package org.backstop.app.reminder;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /calendar/{secret}.ics}: the reminders as iCalendar, for calendar programs
 * that cannot sign in. The secret (32 random bytes) is the only key, so the address is
 * not rate-limited: guessing 2^256 values is not a threat, and a revoked or replaced
 * secret answers 404 like one never made. Answers are never cached by anyone on the way.
 */
@RestController
class CalendarFeedController {

	static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final Reminders reminders;

	CalendarFeedController(Reminders reminders) {
		this.reminders = reminders;
	}

	@GetMapping("/calendar/{secret}.ics")
	@Operation(summary = "Your reminders as an iCalendar feed, at the secret address made with POST "
			+ "/api/v1/reminders/feed")
	ResponseEntity<String> feed(@PathVariable String secret) {
		CacheControl never = CacheControl.noStore().cachePrivate();
		return this.reminders.readFeed(secret)
			.map((content) -> ResponseEntity.ok()
				.cacheControl(never)
				.contentType(TEXT_CALENDAR)
				.body(ReminderCalendar.of(content).toString()))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.cacheControl(never)
				.contentType(MediaType.TEXT_PLAIN)
				.body("No calendar at this address. It may have been revoked or replaced.\n"));
	}

}
