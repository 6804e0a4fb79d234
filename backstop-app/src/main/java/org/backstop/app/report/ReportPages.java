package org.backstop.app.report;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import org.backstop.app.security.AccountUser;
import org.backstop.app.security.HealthDataAccess;
import org.backstop.app.system.NotFoundException;

/**
 * {@code GET /account/report.pdf}: the person's own summary as a PDF, to bring to an
 * appointment. A clinician's and a link opener's download are on the sharing pages, with
 * the same report.
 */
@Controller
class ReportPages {

	private final HealthDataAccess access;

	private final SummaryReport report;

	ReportPages(HealthDataAccess access, SummaryReport report) {
		this.access = access;
		this.report = report;
	}

	@GetMapping("/account/report.pdf")
	ResponseEntity<byte[]> own(@AuthenticationPrincipal AccountUser user, Locale locale) {
		return this.access.own(user, user.id())
			.map((reader) -> this.report.download(reader, locale))
			.orElseThrow(() -> new NotFoundException("No such record."));
	}

}
