package org.backstop.app.privacy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.backstop.app.account.Account;
import org.backstop.app.account.AccountRepository;
import org.backstop.app.account.Problem;
import org.backstop.app.security.AccountUser;
import org.backstop.app.system.ProblemTexts;
import org.backstop.core.problem.Violation;

/**
 * The delete form on the account page: {@code POST /account/delete} deletes the account,
 * signs the person out and says so on the home page; problems are shown beside the
 * fields.
 */
@Controller
class AccountDeletionPage {

	private final AccountDeletion deletion;

	private final AccountRepository accounts;

	private final SignOut signOut;

	private final MessageSource messages;

	private final ProblemTexts problems;

	AccountDeletionPage(AccountDeletion deletion, AccountRepository accounts, SignOut signOut, MessageSource messages,
			ProblemTexts problems) {
		this.deletion = deletion;
		this.accounts = accounts;
		this.signOut = signOut;
		this.messages = messages;
		this.problems = problems;
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal AccountUser user, Authentication authentication,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm,
			Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		Optional<Account> account = this.accounts.findById(user.id());
		if (account.isPresent()) {
			Map<String, String> errors = new LinkedHashMap<>();
			// The page asks for the words in the person's language; the check knows them
			// in
			// English.
			String phrase = this.messages.getMessage("delete.phrase", null, AccountDeletion.PHRASE, locale);
			String words = confirm.strip().equalsIgnoreCase(phrase) ? AccountDeletion.PHRASE : confirm;
			for (Violation violation : this.deletion.problems(account.get(), password, words)) {
				errors.putIfAbsent(violation.field(), this.problems.text(violation, locale));
			}
			if (!errors.isEmpty()) {
				model.addAttribute("account", account.get());
				model.addAttribute("deleteErrors", errors);
				model.addAttribute("confirm", confirm);
				return "account/account";
			}
			this.deletion.delete(account.get());
		}
		// Gone already (deleted in another tab, say): signing out is all that is left.
		this.signOut.signOut(request, response, authentication);
		return "redirect:/?deleted";
	}

}
