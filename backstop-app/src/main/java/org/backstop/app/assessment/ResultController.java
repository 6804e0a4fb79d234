package org.backstop.app.assessment;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import org.backstop.app.security.AccountUser;
import org.backstop.core.AssessmentResult;
import org.backstop.core.assessment.AssessmentJson;

/**
 * {@code /assess/result}: the latest assessment of this browser, what to do first. Its
 * result comes from {@link ResultCache}, by the kept input, so the engine runs once per
 * change of answers and the page always shows this app's rules. Saving needs an account:
 * {@code GET /assess/save} asks anonymous people to sign in and brings them back here to
 * save. When the database refuses to save it, the result stays on the page and says it
 * was not saved (HAZ-020).
 */
@Controller
class ResultController {

	private static final Log log = LogFactory.getLog(ResultController.class);

	/**
	 * The input last saved in this session, so the same assessment is not stored twice.
	 */
	static final String SAVED = "BACKSTOP_LAST_SAVED_INPUT";

	private final AssessmentHistory history;

	private final ResultCache results;

	ResultController(AssessmentHistory history, ResultCache results) {
		this.history = history;
		this.results = results;
	}

	@GetMapping("/assess/result")
	String result(@AuthenticationPrincipal AccountUser user, HttpServletRequest request, Model model) {
		// Read only: a visitor without a session has no result and gets none made.
		HttpSession session = request.getSession(false);
		Optional<String> atASign = WarningSignResult.of(session);
		Optional<String> input = atASign.or(() -> LastAssessment.of(session));
		Optional<AssessmentResult> result = input.flatMap(this.results::of);
		if (result.isEmpty()) {
			return "redirect:/assess";
		}
		model.addAttribute("atAWarningSign", atASign.isPresent());
		model.addAttribute("addDetailsStep", WizardAnswers.of(session).firstUnansweredStep().number());
		model.addAttribute("result", result.get());
		model.addAttribute("level", result.get().triage().level().code());
		model.addAttribute("signedIn", user != null);
		model.addAttribute("saved", input.get().equals(session.getAttribute(SAVED)));
		return "assessment/result";
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
			Optional<AssessmentResult> result = this.results.of(input.get());
			if (result.isEmpty()) {
				return "redirect:/assess";
			}
			try {
				this.history.save(user, AssessmentJson.mapper().readTree(input.get()), result.get());
			}
			catch (DataAccessException | TransactionException ex) {
				log.warn(
						"An assessment was not saved: the database refused it (" + ex.getClass().getSimpleName() + ")");
				return "redirect:/assess/result?notSaved#save";
			}
			session.setAttribute(SAVED, input.get());
		}
		return "redirect:/assess/result?saved#save";
	}

}
