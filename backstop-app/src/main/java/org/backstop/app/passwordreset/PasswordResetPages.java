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
import org.backstop.core.problem.Violation;

/**
 * The pages to ask for a reset link and to choose a new password with it; they work
 * without JavaScript.
 */
@Controller
class PasswordResetPages {

	private final PasswordResets resets;

	private final MessageSource messages;

	PasswordResetPages(PasswordResets resets, MessageSource messages) {
		this.resets = resets;
		this.messages = messages;
	}

	@GetMapping("/password-reset")
	String requestForm(@RequestParam(required = false) String sent, Locale locale, Model model) {
		model.addAttribute("errors", Map.of());
		model.addAttribute("sent", sent != null);
		model.addAttribute("message", acceptedMessage(locale));
		return "password-reset/request";
	}

	@PostMapping("/password-reset")
	String request(@RequestParam(defaultValue = "") String email, Locale locale, Model model) {
		String problem = email.isBlank() ? Problem.REQUIRED.message()
				: Emails.problem(Emails.normalize(email)).orElse(null);
		if (problem != null) {
			model.addAttribute("errors",
					Map.of("email", Problem.inWords(new Violation("email", problem), this.messages, locale)));
			model.addAttribute("email", email);
			model.addAttribute("sent", false);
			return "password-reset/request";
		}
		this.resets.request(email);
		// After a redirect, reloading the page does not send a second email.
		return "redirect:/password-reset?sent";
	}

	@GetMapping("/password-reset/confirm")
	String confirmForm(@RequestParam(defaultValue = "") String token, Locale locale, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("errors", this.resets.isLive(token) ? Map.of()
				: Map.of("token", Problem.BAD_LINK.inWords(this.messages, locale)));
		return "password-reset/confirm";
	}

	@PostMapping("/password-reset/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String newPassword,
			HttpServletRequest request, Locale locale, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (newPassword.isEmpty()) {
			errors.put("newPassword", Problem.REQUIRED.inWords(this.messages, locale));
		}
		else if (newPassword.codePointCount(0, newPassword.length()) > PasswordPolicy.MAX_LENGTH * 4) {
			errors.put("newPassword", Problem.PASSWORD_TOO_LONG.inWords(this.messages, locale));
		}
		else if (token.isBlank() || token.length() > PasswordResetController.MAX_TOKEN_LENGTH) {
			errors.put("token", Problem.BAD_LINK.inWords(this.messages, locale));
		}
		else {
			for (Violation violation : this.resets.confirm(token.strip(), newPassword)) {
				errors.putIfAbsent(violation.field(), Problem.inWords(violation, this.messages, locale));
			}
			if (errors.isEmpty()) {
				PasswordResetController.endOwnSession(request);
				return "redirect:/sign-in?reset";
			}
		}
		model.addAttribute("token", token);
		model.addAttribute("errors", errors);
		return "password-reset/confirm";
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
