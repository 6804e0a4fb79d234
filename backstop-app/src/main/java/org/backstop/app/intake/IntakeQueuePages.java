package org.backstop.app.intake;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.backstop.app.account.Account;
import org.backstop.app.security.AccountUser;
import org.backstop.app.security.HealthDataAccess;
import org.backstop.app.system.NotFoundException;
import org.backstop.app.system.ProblemTexts;
import org.backstop.core.problem.CodedText;

/**
 * {@code /clinic/intake}: the clinicians' queue, most urgent first, then oldest, then id;
 * one request's page with its status, assignment and notes; and the CSV export of what
 * the filters show. Only clinicians reach these (the security configuration, and
 * {@link IntakeQueue} once more); every change is a form post with its CSRF token.
 */
@Controller
class IntakeQueuePages {

	private static final CodedText NOTE_EMPTY = CodedText.of("required", "is required");

	private final IntakeQueue queue;

	private final ProblemTexts problems;

	private final HealthDataAccess access;

	IntakeQueuePages(IntakeQueue queue, ProblemTexts problems, HealthDataAccess access) {
		this.queue = queue;
		this.problems = problems;
		this.access = access;
	}

	@GetMapping("/clinic/intake")
	String list(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String urgency, @RequestParam(defaultValue = "") String q, Model model) {
		QueueFilter filter = QueueFilter.of(status, urgency, q);
		model.addAttribute("requests", this.queue.queue(user, filter));
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", java.util.Arrays.stream(IntakeStatus.values()).map(IntakeStatus::code).toList());
		model.addAttribute("names", clinicianNames());
		return "intake/queue";
	}

	@Hidden // a page's download, not part of the API
	@GetMapping(path = "/clinic/intake.csv")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal AccountUser user,
			@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String urgency,
			@RequestParam(defaultValue = "") String q) {
		String csv = IntakeCsv.of(this.queue.export(user, QueueFilter.of(status, urgency, q)), clinicianNames());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("intake-requests.csv").build().toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/clinic/intake/{id}")
	String one(@AuthenticationPrincipal AccountUser user, @PathVariable String id, Model model) {
		return page(user, id, Map.of(), "", model);
	}

	@PostMapping("/clinic/intake/{id}/status")
	String status(@AuthenticationPrincipal AccountUser user, @PathVariable String id,
			@RequestParam(defaultValue = "") String status) {
		Optional<IntakeStatus> chosen = IntakeStatus.of(status);
		if (chosen.isEmpty() || !this.queue.setStatus(user, uuid(id), chosen.get())) {
			throw new NotFoundException("No such request or status.");
		}
		return "redirect:/clinic/intake/" + id + "?changed";
	}

	@PostMapping("/clinic/intake/{id}/assign")
	String assign(@AuthenticationPrincipal AccountUser user, @PathVariable String id,
			@RequestParam(defaultValue = "") String clinician) {
		UUID to = clinician.isBlank() ? null : uuid(clinician);
		if (!this.queue.assign(user, uuid(id), to)) {
			throw new NotFoundException("No such request or clinician.");
		}
		return "redirect:/clinic/intake/" + id + "?changed";
	}

	@PostMapping("/clinic/intake/{id}/notes")
	String note(@AuthenticationPrincipal AccountUser user, @PathVariable String id,
			@RequestParam(defaultValue = "") String note, Locale locale, Model model) {
		String body = note.strip().replace("\r\n", "\n");
		CodedText problem = null;
		if (body.isEmpty()) {
			problem = NOTE_EMPTY;
		}
		else if (body.codePointCount(0, body.length()) > IntakeQueue.MAX_NOTE) {
			problem = CodedText.of("text.too_long", "is longer than {0} characters", IntakeQueue.MAX_NOTE);
		}
		else if (body.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
			problem = CodedText.of("text.control_character", "holds a control character");
		}
		if (problem != null) {
			return page(user, id, Map.of("note", this.problems.text(problem, locale)), note, model);
		}
		if (!this.queue.addNote(user, uuid(id), body)) {
			throw new NotFoundException("No such request.");
		}
		return "redirect:/clinic/intake/" + id + "?changed#notes";
	}

	private String page(AccountUser user, String id, Map<String, String> errors, String note, Model model) {
		IntakeRequest request = this.queue.open(user, uuid(id))
			.orElseThrow(() -> new NotFoundException("No such request."));
		model.addAttribute("request", request);
		model.addAttribute("notes", this.queue.notes(user, request.id()));
		model.addAttribute("clinicians", this.queue.clinicians());
		model.addAttribute("names", clinicianNames());
		model.addAttribute("statuses", java.util.Arrays.stream(IntakeStatus.values()).map(IntakeStatus::code).toList());
		model.addAttribute("errors", errors);
		model.addAttribute("note", note);
		// The sender's record, when they signed in to send and share it with this
		// clinician now; asking reads nothing of it.
		model.addAttribute("sharedRecord",
				request.accountId() != null && this.access.sharedWith(user, request.accountId()).isPresent()
						? request.accountId() : null);
		return "intake/request";
	}

	private Map<UUID, String> clinicianNames() {
		Map<UUID, String> names = new LinkedHashMap<>();
		for (Account clinician : this.queue.clinicians()) {
			names.put(clinician.id(), (clinician.displayName() != null && !clinician.displayName().isBlank())
					? clinician.displayName() : clinician.email());
		}
		return names;
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("No such request.");
		}
	}

}
