package org.backstop.app.careplan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

import org.backstop.app.assessment.AssessmentHistory;
import org.backstop.app.assessment.LastAssessment;
import org.backstop.app.security.AccountUser;
import org.backstop.app.system.CanonicalUuid;
import org.backstop.core.AssessmentEngine;
import org.backstop.core.AssessmentResult;
import org.backstop.core.assessment.AssessmentJson;
import org.backstop.core.json.StrictJson;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;
import org.backstop.app.system.ProblemTexts;
import org.backstop.app.system.RenderedFragments;

/**
 * The plan as pages: {@code GET /plan} for the latest assessment in this browser (or a
 * stored one of the signed-in person), {@code GET /plan/print} for paper,
 * {@code POST /plan/preferences} to tailor it and {@code GET/POST /plan/input} to see the
 * plan of an input pasted from the API or the command line. The core validates every
 * input; nothing is remembered when it finds a problem.
 */
@Controller
class PlanPages {

	private final AssessmentHistory history;

	private final ProblemTexts problems;

	private final RenderedFragments fragments;

	PlanPages(AssessmentHistory history, ProblemTexts problems, RenderedFragments fragments) {
		this.problems = problems;
		this.history = history;
		this.fragments = fragments;
	}

	@GetMapping("/plan")
	String plan(@RequestParam Optional<String> assessment, @AuthenticationPrincipal AccountUser user,
			HttpServletRequest request, Model model, HttpServletResponse response) {
		return show(assessment, user, request, request.getSession(false), model, response, "careplan/plan");
	}

	@GetMapping("/plan/print")
	String print(@RequestParam Optional<String> assessment, @AuthenticationPrincipal AccountUser user,
			HttpServletRequest request, Model model, HttpServletResponse response) {
		return show(assessment, user, request, request.getSession(false), model, response, "careplan/print");
	}

	@PostMapping("/plan/preferences")
	String preferences(@RequestParam(required = false) List<String> equipment,
			@RequestParam(required = false) List<String> likes, @RequestParam(required = false) List<String> dislikes,
			@RequestParam(required = false) List<String> currentMedicines, HttpServletRequest request,
			HttpSession session, Locale locale, Model model, HttpServletResponse response) {
		Optional<String> last = LastAssessment.of(session);
		if (last.isEmpty()) {
			return "redirect:/plan";
		}
		PlanPreferences chosen = PlanPreferences.of(equipment, likes, dislikes, currentMedicines);
		ObjectNode input = (ObjectNode) AssessmentJson.mapper().readTree(last.get());
		chosen.writeInto(input);
		Checked<AssessmentResult> checked = AssessmentEngine.assess(input);
		if (checked.isValid()) {
			LastAssessment.remember(session, AssessmentJson.mapper().writeValueAsString(input));
			return "redirect:/plan?updated";
		}
		// The stored input stays as it was: the page shows its plan, with the choices
		// just made and a message beside each field the core refused.
		Map<String, String> errors = this.problems.byField(checked.violations(), PlanPreferences::fieldOf, locale);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		String page = show(Optional.empty(), null, request, session, model, response, "careplan/plan");
		model.addAttribute("prefs", chosen);
		model.addAttribute("errors", errors);
		return page;
	}

	@GetMapping("/plan/input")
	String inputForm(Model model) {
		model.addAttribute("input", "");
		model.addAttribute("violations", List.of());
		return "careplan/input";
	}

	@PostMapping("/plan/input")
	String input(@RequestParam(defaultValue = "") String input, HttpSession session, Model model,
			HttpServletResponse response) {
		Checked<JsonNode> tree = StrictJson.parse(input.getBytes(StandardCharsets.UTF_8),
				StrictJson.MAX_DOCUMENT_BYTES);
		List<Violation> violations = new ArrayList<>();
		if (!tree.isValid()) {
			violations.addAll(tree.violations());
		}
		else {
			Checked<AssessmentResult> checked = AssessmentEngine.assess(tree.value());
			if (checked.isValid()) {
				LastAssessment.remember(session, AssessmentJson.mapper().writeValueAsString(tree.value()));
				return "redirect:/plan";
			}
			violations.addAll(checked.violations());
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("input", input);
		model.addAttribute("violations", violations);
		return "careplan/input";
	}

	/**
	 * Finds the input (a stored assessment the caller may read, or this browser's latest,
	 * from the session if there is one), runs the core on it and fills the model; a
	 * stored id the caller may not read is not found, whoever it belongs to.
	 */
	private String show(Optional<String> assessment, AccountUser user, HttpServletRequest request, HttpSession session,
			Model model, HttpServletResponse response, String view) {
		Optional<String> json;
		if (assessment.isPresent()) {
			json = CanonicalUuid.parse(assessment.get()).flatMap((id) -> this.history.inputOf(user, id));
			if (json.isEmpty()) {
				response.setStatus(HttpServletResponse.SC_NOT_FOUND);
				return "careplan/not-found";
			}
			model.addAttribute("assessmentId", assessment.get());
		}
		else {
			json = LastAssessment.of(session);
		}
		Optional<JsonNode> tree = json
			.map((text) -> StrictJson.parse(text.getBytes(StandardCharsets.UTF_8), StrictJson.MAX_DOCUMENT_BYTES))
			.filter(Checked::isValid)
			.map(Checked::value);
		Optional<AssessmentResult> result = tree.map(AssessmentEngine::assess)
			.filter(Checked::isValid)
			.map(Checked::value);
		if (result.isEmpty()) {
			return "careplan/none";
		}
		model.addAttribute("result", result.get());
		model.addAttribute("plan", result.get().plan());
		model.addAttribute("timerLinks", PlanPreferences.timerLinks(result.get().plan()));
		model.addAttribute("prefs", PlanPreferences.from(tree.get()));
		model.addAttribute("options", PlanPreferences.OPTIONS);
		model.addAttribute("errors", new LinkedHashMap<String, String>());
		if (view.equals("careplan/plan")) {
			// The plan follows from the input alone (the engine is deterministic), so its
			// sections are rendered once per input and language.
			Map<String, Object> variables = Map.of("plan", result.get().plan(), "timerLinks",
					PlanPreferences.timerLinks(result.get().plan()));
			model.addAttribute("sections", this.fragments.of(view, "sections", json.get(),
					RequestContextUtils.getLocale(request), variables, request, response));
		}
		return view;
	}

	/** Unused arrays stay out of the input the core sees. */
	static void putCodes(ObjectNode object, String field, List<String> codes) {
		if (codes.isEmpty()) {
			object.remove(field);
			return;
		}
		ArrayNode array = object.putArray(field);
		codes.forEach(array::add);
	}

}
