package org.backstop.app.assessment;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.backstop.app.layout.LocalTimes;
import org.backstop.app.security.AccountUser;
import org.backstop.app.system.CanonicalUuid;
import org.backstop.app.system.Paging;
import org.backstop.core.AssessmentEngine;
import org.backstop.core.AssessmentResult;
import org.backstop.core.assessment.AssessmentJson;
import org.backstop.core.problem.Checked;

/**
 * The signed-in person's saved assessments as pages: a list with a chart of their pain
 * over time, each one shown again, and deleting one. Someone else's id is not found,
 * exactly as through the API; every page leaves its audit entry through
 * {@link AssessmentHistory}.
 */
@Controller
class AssessmentHistoryPages {

	private final AssessmentHistory history;

	private final LocalTimes times;

	AssessmentHistoryPages(AssessmentHistory history, LocalTimes times) {
		this.history = history;
		this.times = times;
	}

	@GetMapping("/account/assessments")
	String list(@AuthenticationPrincipal AccountUser user, @RequestParam Optional<String> page, Locale locale,
			Model model) {
		Checked<Paging> paging = Paging.of(page.orElse(null), null);
		if (!paging.isValid()) {
			// Only a hand-edited address gets here; the first page is what it was after.
			return "redirect:/account/assessments";
		}
		Paging.Page<SavedRow> saved = this.history.list(user, user.id(), paging.value())
			.map((stored) -> SavedRow.of(stored, this.times, locale));
		if (saved.isPastTheEnd()) {
			// As after deleting the last one of a page.
			return "redirect:/account/assessments?page=" + saved.lastPage();
		}
		model.addAttribute("saved", saved);
		model.addAttribute("zone", this.times.zoneName(locale));
		return "assessment/history";
	}

	@GetMapping("/account/assessments/{id}")
	String one(@AuthenticationPrincipal AccountUser user, @PathVariable String id, Locale locale, Model model,
			HttpServletResponse response) {
		Optional<StoredAssessment> found = CanonicalUuid.parse(id).flatMap((uuid) -> this.history.find(user, uuid));
		Optional<AssessmentResult> result = found.flatMap(AssessmentHistoryPages::assessAgain);
		if (result.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "careplan/not-found";
		}
		String level = result.get().triage().level().code();
		model.addAttribute("result", result.get());
		model.addAttribute("level", level);
		model.addAttribute("stored", SavedRow.of(found.get(), this.times, locale));
		// The rules may have changed since it was saved: say what it said then.
		model.addAttribute("levelWhenSaved",
				level.equals(found.get().triageLevel()) ? null : found.get().triageLevel());
		return "assessment/result";
	}

	/** Deleting is for good, so it is asked once more, on a page of its own. */
	@GetMapping("/account/assessments/{id}/delete")
	String confirmDelete(@AuthenticationPrincipal AccountUser user, @PathVariable String id, Locale locale, Model model,
			HttpServletResponse response) {
		Optional<StoredAssessment> found = CanonicalUuid.parse(id).flatMap((uuid) -> this.history.find(user, uuid));
		if (found.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "careplan/not-found";
		}
		model.addAttribute("stored", SavedRow.of(found.get(), this.times, locale));
		return "assessment/delete";
	}

	@PostMapping("/account/assessments/{id}/delete")
	String delete(@AuthenticationPrincipal AccountUser user, @PathVariable String id, HttpServletResponse response) {
		boolean deleted = CanonicalUuid.parse(id).map((uuid) -> this.history.delete(user, uuid)).orElse(false);
		if (!deleted) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "careplan/not-found";
		}
		return "redirect:/account/assessments?deleted";
	}

	/**
	 * The stored input through today's engine: the same answers give the same result
	 * unless the rules have changed, and then today's reading is the safer one to show.
	 */
	private static Optional<AssessmentResult> assessAgain(StoredAssessment stored) {
		return AssessmentJson.readInput(stored.inputJson().getBytes(StandardCharsets.UTF_8))
			.map(AssessmentEngine::assess)
			.toOptional();
	}

	/**
	 * One saved assessment as the list shows it.
	 *
	 * @param id its id
	 * @param when when it was saved, in words for the person's language
	 * @param timestamp when it was saved, as ISO-8601 for machines
	 * @param zone the time zone {@code when} is in
	 * @param level the triage level it gave
	 * @param severity the severity grade it gave
	 * @param pain the pain score from 0 to 10 the person gave, if any
	 */
	record SavedRow(UUID id, String when, String timestamp, String zone, String level, String severity, Integer pain) {

		static SavedRow of(StoredAssessment stored, LocalTimes times, Locale locale) {
			JsonNode intensity = AssessmentJson.mapper().readTree(stored.inputJson()).path("pain").path("intensity");
			return new SavedRow(stored.id(), times.format(stored.createdAt(), locale), stored.createdAt().toString(),
					times.zoneName(locale), stored.triageLevel(), stored.severity(),
					intensity.isIntegralNumber() ? intensity.intValue() : null);
		}

	}

}
