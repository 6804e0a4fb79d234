package org.backstop.app.account;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.backstop.app.security.AccountUser;
import org.backstop.core.assessment.Violation;

/** The sign-in, sign-up and account pages; they work without JavaScript. */
@Controller
class AccountPages {

	private final AccountService service;

	private final AccountRepository accounts;

	AccountPages(AccountService service, AccountRepository accounts) {
		this.service = service;
		this.accounts = accounts;
	}

	@GetMapping("/sign-in")
	String signIn() {
		return "account/sign-in";
	}

	@GetMapping("/sign-up")
	String signUpForm(Model model) {
		model.addAttribute("errors", Map.of());
		return "account/sign-up";
	}

	@PostMapping("/sign-up")
	String signUp(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String displayName, Model model) {
		String name = displayName.isBlank() ? null : displayName.strip();
		Map<String, String> errors = new LinkedHashMap<>();
		if (name != null && name.length() > 100) {
			errors.put("displayName", "is longer than 100 characters");
		}
		if (errors.isEmpty()) {
			var created = this.service.signUp(email, password, name, Role.PATIENT);
			if (created.isValid()) {
				return "redirect:/sign-in?created";
			}
			for (Violation violation : created.violations()) {
				errors.putIfAbsent(violation.field(), violation.message());
			}
		}
		model.addAttribute("errors", errors);
		model.addAttribute("email", email);
		model.addAttribute("displayName", displayName);
		return "account/sign-up";
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal AccountUser user, Model model) {
		model.addAttribute("account", this.accounts.findById(user.id()).orElseThrow());
		return "account/account";
	}

}
