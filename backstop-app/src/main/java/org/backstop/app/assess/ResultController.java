package org.backstop.app.assess;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import tools.jackson.databind.JsonNode;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import org.backstop.app.assessment.AssessmentHistory;
import org.backstop.app.assessment.LastAssessment;
import org.backstop.app.security.AccountUser;
import org.backstop.core.AssessmentEngine;
import org.backstop.core.AssessmentResult;
import org.backstop.core.assessment.AssessmentJson;
import org.backstop.core.problem.Checked;

/**
 * {@code /assess/result}: the latest assessment of this browser, what to do first. It is
 * assessed again from the kept input, so the page always shows the current rules. Saving
 * needs an account: {@code GET /assess/save} asks anonymous people to sign in and brings
 * them back here to save.
 */
@Controller
class ResultController {

	/**
	 * The input last saved in this session, so the same assessment is not stored twice.
	 */
	static final String SAVED = "BACKSTOP_LAST_SAVED_INPUT";

	private final AssessmentHistory history;

	ResultController(AssessmentHistory history) {
		this.history = history;
	}

	@GetMapping("/assess/result")
	String result(@AuthenticationPrincipal AccountUser user, HttpServletRequest request, Model model) {
		// Read only: a visitor without a session has no result and gets none made.
		HttpSession session = request.getSession(false);
		Optional<String> input = LastAssessment.of(session);
		Optional<AssessmentResult> result = input.flatMap(ResultController::assess);
		if (result.isEmpty()) {
			return "redirect:/assess";
		}
		model.addAttribute("result", result.get());
		model.addAttribute("level", result.get().triage().level().code());
		model.addAttribute("signedIn", user != null);
		model.addAttribute("saved", input.get().equals(session.getAttribute(SAVED)));
		return "assess/result";
	}

	/**
	 * Where "sign in to save" leads: it needs an account, so Spring Security sends an
	 * anonymous person to sign in and back here, and then to the result to save it.
	 */
	@GetMapping("/assess/save")
	String offerSaving() {
		return "redirect:/assess/result?save#save";
	}

	@PostMapping("/assess/save")
	String save(@AuthenticationPrincipal AccountUser user, HttpSession session) {
		Optional<String> input = LastAssessment.of(session);
		if (input.isEmpty()) {
			return "redirect:/assess";
		}
		if (user == null) {
			return "redirect:/assess/save";
		}
		if (!input.get().equals(session.getAttribute(SAVED))) {
			JsonNode tree = AssessmentJson.mapper().readTree(input.get());
			Checked<AssessmentResult> checked = AssessmentEngine.assess(tree);
			if (!checked.isValid()) {
				return "redirect:/assess";
			}
			this.history.save(user, tree, checked.value());
			session.setAttribute(SAVED, input.get());
		}
		return "redirect:/assess/result?saved#save";
	}

	private static Optional<AssessmentResult> assess(String json) {
		return AssessmentJson.readInput(json.getBytes(StandardCharsets.UTF_8))
			.map(AssessmentEngine::assess)
			.toOptional();
	}

}
