package org.backstop.app.passwordreset;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.backstop.app.account.Emails;
import org.backstop.app.account.PasswordPolicy;
import org.backstop.core.assessment.Violation;

/**
 * The pages to ask for a reset link and to choose a new password with it; they work
 * without JavaScript.
 */
@Controller
class PasswordResetPages {

	private final PasswordResets resets;

	PasswordResetPages(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping("/password-reset")
	String requestForm(@RequestParam(required = false) String sent, Model model) {
		model.addAttribute("errors", Map.of());
		model.addAttribute("sent", sent != null);
		model.addAttribute("message", this.resets.acceptedMessage());
		return "password-reset/request";
	}

	@PostMapping("/password-reset")
	String request(@RequestParam(defaultValue = "") String email, Model model) {
		String problem = email.isBlank() ? "is required" : Emails.problem(Emails.normalize(email)).orElse(null);
		if (problem != null) {
			model.addAttribute("errors", Map.of("email", problem));
			model.addAttribute("email", email);
			model.addAttribute("sent", false);
			return "password-reset/request";
		}
		this.resets.request(email);
		// After a redirect, reloading the page does not send a second email.
		return "redirect:/password-reset?sent";
	}

	@GetMapping("/password-reset/confirm")
	String confirmForm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("errors",
				this.resets.isLive(token) ? Map.of() : Map.of("token", capitalized(PasswordResets.BAD_TOKEN)));
		return "password-reset/confirm";
	}

	@PostMapping("/password-reset/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String newPassword,
			HttpServletRequest request, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (newPassword.isEmpty()) {
			errors.put("newPassword", "is required");
		}
		else if (newPassword.codePointCount(0, newPassword.length()) > PasswordPolicy.MAX_LENGTH * 4) {
			errors.put("newPassword", "must be at most " + PasswordPolicy.MAX_LENGTH + " characters");
		}
		else if (token.isBlank() || token.length() > PasswordResetController.MAX_TOKEN_LENGTH) {
			errors.put("token", capitalized(PasswordResets.BAD_TOKEN));
		}
		else {
			HttpSession session = request.getSession(false);
			for (Violation violation : this.resets.confirm(token.strip(), newPassword,
					(session != null) ? session.getId() : null)) {
				errors.putIfAbsent(violation.field(),
						violation.field().equals("token") ? capitalized(violation.message()) : violation.message());
			}
			if (errors.isEmpty()) {
				return "redirect:/sign-in?reset";
			}
		}
		model.addAttribute("token", token);
		model.addAttribute("errors", errors);
		return "password-reset/confirm";
	}

	private static String capitalized(String message) {
		return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
	}

}
