package org.backstop.app.passwordreset;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.backstop.app.account.Emails;
import org.backstop.app.account.PasswordPolicy;
import org.backstop.app.account.Problem;
import org.backstop.app.system.ProblemTexts;
import org.backstop.core.problem.CodedText;
import org.backstop.core.problem.Violation;

/**
 * The pages to ask for a reset link and to choose a new password with it; they work
 * without JavaScript.
 */
@Controller
class PasswordResetPages {

	private final PasswordResets resets;

	private final MessageSource messages;

	private final ProblemTexts problems;

	PasswordResetPages(PasswordResets resets, MessageSource messages, ProblemTexts problems) {
		this.resets = resets;
		this.messages = messages;
		this.problems = problems;
	}

	@GetMapping("/password-reset")
	String requestForm(@RequestParam(required = false) String sent, Locale locale, Model model) {
		model.addAttribute("errors", Map.of());
		model.addAttribute("sent", sent != null);
		model.addAttribute("message", acceptedMessage(locale));
		return "passwordreset/request";
	}

	@PostMapping("/password-reset")
	String request(@RequestParam(defaultValue = "") String email, Locale locale, Model model) {
		CodedText problem = email.isBlank() ? Problem.REQUIRED.text()
				: Emails.fault(Emails.normalize(email)).orElse(null);
		if (problem != null) {
			model.addAttribute("errors", Map.of("email", this.problems.text(problem, locale)));
			model.addAttribute("email", email);
			model.addAttribute("sent", false);
			return "passwordreset/request";
		}
		this.resets.request(email);
		// After a redirect, reloading the page does not send a second email.
		return "redirect:/password-reset?sent";
	}

	@GetMapping("/password-reset/confirm")
	String confirmForm(@RequestParam(defaultValue = "") String token, Locale locale, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("errors", this.resets.isLive(token) ? Map.of()
				: Map.of("token", this.problems.text(Problem.BAD_LINK.text(), locale)));
		return "passwordreset/confirm";
	}

	@PostMapping("/password-reset/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String newPassword,
			HttpServletRequest request, Locale locale, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (newPassword.isEmpty()) {
			errors.put("newPassword", this.problems.text(Problem.REQUIRED.text(), locale));
		}
		else if (newPassword.codePointCount(0, newPassword.length()) > PasswordPolicy.MAX_LENGTH * 4) {
			errors.put("newPassword", this.problems.text(Problem.PASSWORD_TOO_LONG.text(), locale));
		}
		else if (token.isBlank() || token.length() > PasswordResetController.MAX_TOKEN_LENGTH) {
			errors.put("token", this.problems.text(Problem.BAD_LINK.text(), locale));
		}
		else {
			for (Violation violation : this.resets.confirm(token.strip(), newPassword)) {
				errors.putIfAbsent(violation.field(), this.problems.text(violation, locale));
			}
			if (errors.isEmpty()) {
				PasswordResetController.endOwnSession(request);
				return "redirect:/sign-in?reset";
			}
		}
		model.addAttribute("token", token);
		model.addAttribute("errors", errors);
		return "passwordreset/confirm";
	}

	/**
	 * What the person is told after asking, whatever happened, in their language: the
	 * API's {@link PasswordResets#acceptedMessage()} says the same in English.
	 */
	private String acceptedMessage(Locale locale) {
		long minutes = Math.max(1, this.resets.validFor().toMinutes());
		return (minutes % 60 == 0) ? this.messages.getMessage("reset.sent.hours", new Object[] { minutes / 60 }, locale)
				: this.messages.getMessage("reset.sent.minutes", new Object[] { minutes }, locale);
	}

}
