package org.backstop.app.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.backstop.app.security.AccountUser;
import org.backstop.app.system.ProblemTexts;
import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.Violation;

/** The sign-in, sign-up and account pages; they work without JavaScript. */
@Controller
class AccountPages {

	/** The longest name a person may give, as the form's maxlength says too. */
	static final int MAX_NAME_LENGTH = 100;

	/** Where Spring Security keeps the page a person was on their way to. */
	private static final RequestCache SAVED_REQUESTS = new HttpSessionRequestCache();

	private final AccountService service;

	private final AccountRepository accounts;

	private final ProblemTexts problems;

	private final SignIns signIns;

	private final AuthenticationManager authentication;

	/** Where a signed-in session keeps who it is, as the sign-in form does. */
	private static final SecurityContextRepository SECURITY_CONTEXTS = new HttpSessionSecurityContextRepository();

	AccountPages(AccountService service, AccountRepository accounts, ProblemTexts problems, SignIns signIns,
			AuthenticationManager authentication) {
		this.service = service;
		this.accounts = accounts;
		this.problems = problems;
		this.signIns = signIns;
		this.authentication = authentication;
	}

	@GetMapping("/sign-in")
	String signIn(HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("toSave", onTheWayToSave(request, response));
		return "account/sign-in";
	}

	@GetMapping("/sign-up")
	String signUpForm(HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("errors", Map.of());
		model.addAttribute("toSave", onTheWayToSave(request, response));
		return "account/sign-up";
	}

	@PostMapping("/sign-up")
	String signUp(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String displayName, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String name = displayName.isBlank() ? null : displayName.strip();
		Map<String, String> errors = new LinkedHashMap<>();
		if (name != null) {
			JsonFields.textFault(name, MAX_NAME_LENGTH, false)
				.ifPresent((problem) -> errors.put("displayName", this.problems.text(problem, locale)));
		}
		if (errors.isEmpty()) {
			// The same answer whether or not the address had an account (see
			// signUpPerson).
			List<Violation> problems = this.service.signUpPerson(email, password, name);
			if (problems.isEmpty()) {
				return signInAfterSignUp(email, password, request, response);
			}
			for (Violation violation : problems) {
				errors.putIfAbsent(violation.field(), this.problems.text(violation, locale));
			}
		}
		model.addAttribute("errors", errors);
		model.addAttribute("email", email);
		model.addAttribute("displayName", displayName);
		model.addAttribute("toSave", onTheWayToSave(request, response));
		return "account/sign-up";
	}

	/**
	 * Signs in with what was just typed, as the sign-in form would (same checks, same
	 * throttle and events, a new session id), and goes on to where the person was going
	 * (saving their result) or their account: nobody types the same email and password
	 * twice. An address that already had an account with another password is not signed
	 * in; it goes to the sign-in page with the same words as before. (That difference
	 * tells no more than signing in with the chosen password always did.)
	 */
	private String signInAfterSignUp(String email, String password, HttpServletRequest request,
			HttpServletResponse response) {
		Authentication signedIn;
		try {
			signedIn = this.authentication
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
		}
		catch (AuthenticationException ex) {
			// The session keeps its saved request: signing in still ends at saving.
			return "redirect:/sign-in?created";
		}
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(signedIn);
		holder.setContext(context);
		SECURITY_CONTEXTS.saveContext(context, request, response);
		if (onTheWayToSave(request, response)) {
			SAVED_REQUESTS.removeRequest(request, response);
			return "redirect:/assess/result?save#save";
		}
		return "redirect:/account?welcome";
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal AccountUser user, Model model) {
		model.addAttribute("account", this.accounts.findById(user.id()).orElseThrow());
		return "account/account";
	}

	/**
	 * The password form on the account page. After a change this browser stays signed in
	 * (under a new session id) and every other sign-in of the account ends.
	 */
	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal AccountUser user,
			@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, Locale locale, HttpServletRequest request,
			Model model) {
		Account account = this.accounts.findById(user.id()).orElseThrow();
		Map<String, String> errors = new LinkedHashMap<>();
		if (currentPassword.isEmpty()) {
			errors.put("currentPassword", this.problems.text(Problem.REQUIRED.text(), locale));
		}
		if (newPassword.isEmpty()) {
			errors.put("newPassword", this.problems.text(Problem.REQUIRED.text(), locale));
		}
		if (errors.isEmpty()) {
			var changed = this.service.changePassword(account, currentPassword, newPassword);
			if (changed.isValid()) {
				this.signIns.keepOnlyThisSession(request, account.email());
				// After a redirect, reloading the page does not post the form again.
				return "redirect:/account?password-changed";
			}
			for (Violation violation : changed.violations()) {
				errors.putIfAbsent(violation.field(), this.problems.text(violation, locale));
			}
		}
		model.addAttribute("account", account);
		model.addAttribute("passwordErrors", errors);
		return "account/account";
	}

	/**
	 * Whether the person was sent to sign in to save an assessment: the request Spring
	 * Security saved is for {@code /assess/save}. The pages then say why they are here.
	 */
	static boolean onTheWayToSave(HttpServletRequest request, HttpServletResponse response) {
		return SAVED_REQUESTS.getRequest(request, response) instanceof DefaultSavedRequest saved
				&& (request.getContextPath() + "/assess/save").equals(saved.getRequestURI());
	}

}
