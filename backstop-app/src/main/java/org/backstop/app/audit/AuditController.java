package org.backstop.app.audit;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.backstop.app.security.AccountUser;
import org.backstop.app.system.Paging;
import org.backstop.app.system.InvalidInputException;

/** {@code GET /api/v1/account/audit}: who has read or changed the caller's data. */
@RestController
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/v1/account/audit")
	@Operation(summary = "Who has read or changed your data, and when, newest first")
	Paging.Page<AuditEvent> audit(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@RequestParam Optional<String> page, @RequestParam Optional<String> size) {
		Paging paging = InvalidInputException.valueOf(Paging.of(page.orElse(null), size.orElse(null)));
		return this.trail.about(user.id(), paging);
	}

}
