package org.backstop.app.mail;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.backstop.app.system.Paging;
import org.backstop.app.system.InvalidInputException;

/**
 * {@code GET /api/v1/admin/outbox}: the messages Backstop has written, for an
 * administrator (the security configuration keeps {@code /api/v1/admin/**} to ADMIN).
 */
@RestController
class OutboxController {

	private final MailOutbox outbox;

	OutboxController(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/api/v1/admin/outbox")
	@Operation(summary = "Every message Backstop has written, newest first, with when it was sent by SMTP")
	Paging.Page<OutboxMessage> list(@RequestParam Optional<String> page, @RequestParam Optional<String> size) {
		Paging paging = InvalidInputException.valueOf(Paging.of(page.orElse(null), size.orElse(null)));
		return this.outbox.list(paging);
	}

}
