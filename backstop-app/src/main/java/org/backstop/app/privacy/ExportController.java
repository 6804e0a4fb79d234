package org.backstop.app.privacy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.backstop.app.security.AccountUser;
import org.backstop.app.system.NotFoundException;

/**
 * {@code GET /api/v1/account/export}: everything Backstop keeps about the caller, as one
 * JSON file to download.
 */
@RestController
class ExportController {

	private final AccountExport exports;

	ExportController(AccountExport exports) {
		this.exports = exports;
	}

	@GetMapping("/api/v1/account/export")
	@Operation(summary = "Everything Backstop keeps about you, as one JSON document to download")
	ResponseEntity<Map<String, Object>> export(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user) {
		return this.exports.export(user).map((export) -> {
			String date = LocalDate.ofInstant(export.exportedAt(), ZoneOffset.UTC).toString();
			ContentDisposition attachment = ContentDisposition.attachment()
				.filename("backstop-export-" + date + ".json")
				.build();
			// Health data: no cache along the way may keep a copy.
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
				.cacheControl(CacheControl.noStore())
				.body(export.document());
		}).orElseThrow(() -> new NotFoundException("Your account no longer exists."));
	}

}
