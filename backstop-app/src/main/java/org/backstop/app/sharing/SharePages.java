package org.backstop.app.sharing;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.backstop.app.security.AccountUser;
import org.backstop.app.security.HealthDataAccess;
import org.backstop.app.security.HealthDataScope;
import org.backstop.app.report.SummaryReport;
import org.backstop.app.summary.SummaryService;
import org.backstop.app.system.PublicAddress;

/**
 * The pages of sharing: {@code /account/sharing} where a person grants, makes links and
 * ends them; {@code /s/{token}} where a link is opened; {@code /clinic/people} where a
 * clinician finds who shared with them. Every page about a share says it must not be
 * kept, indexed or passed on as a referrer.
 */
@Controller
class SharePages {

	private final Grants grants;

	private final Links links;

	private final HealthDataAccess access;

	private final SummaryService summaries;

	private final PublicAddress address;

	private final SummaryReport report;

	SharePages(Grants grants, Links links, HealthDataAccess access, SummaryService summaries, PublicAddress address,
			SummaryReport report) {
		this.report = report;
		this.grants = grants;
		this.links = links;
		this.access = access;
		this.summaries = summaries;
		this.address = address;
	}

	/** Not kept by the browser or a proxy, not indexed, no referrer sent on. */
	static void private_(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		response.setHeader("Referrer-Policy", "no-referrer");
	}

	@GetMapping("/account/sharing")
	String sharing(@AuthenticationPrincipal AccountUser user, Model model, HttpServletResponse response) {
		private_(response);
		return page(user, model, Map.of(), Map.of());
	}

	private String page(AccountUser user, Model model, Map<String, String> grantProblems,
			Map<String, String> linkProblems) {
		model.addAttribute("grants", this.grants.byOwner(user.id()));
		model.addAttribute("links", this.links.byOwner(user.id()));
		model.addAttribute("scopes", List.of(HealthDataScope.values()).stream().map(HealthDataScope::code).toList());
		model.addAttribute("grantProblems", grantProblems);
		model.addAttribute("linkProblems", linkProblems);
		model.addAttribute("maxEndsOn", this.grants.today().plusDays(Grants.MAX_DAYS - 1));
		model.addAttribute("today", this.grants.today());
		model.addAttribute("maxDays", Links.MAX_DAYS);
		model.addAttribute("defaultDays", Links.DEFAULT_DAYS);
		model.addAttribute("maxTries", Links.MAX_FAILED_TRIES);
		return "sharing/sharing";
	}

	@PostMapping("/account/sharing/grants")
	String grant(@AuthenticationPrincipal AccountUser user, @RequestParam Optional<String> email,
			@RequestParam Optional<List<String>> scopes, @RequestParam Optional<String> endsOn, Model model,
			HttpServletResponse response) {
		private_(response);
		Map<String, String> problems = this.grants.grant(user, email.orElse(""), scopes(scopes), endsOn.orElse(""));
		if (problems.isEmpty()) {
			return "redirect:/account/sharing?granted";
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("grantEmail", email.orElse(""));
		model.addAttribute("grantScopes", scopes.orElse(List.of()));
		model.addAttribute("grantEndsOn", endsOn.orElse(""));
		return page(user, model, problems, Map.of());
	}

	@PostMapping("/account/sharing/grants/{id}/revoke")
	String revokeGrant(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
		this.grants.revoke(user, id);
		return "redirect:/account/sharing?revoked";
	}

	/** Shows the new link once, on this answer only: it is not kept anywhere. */
	@PostMapping("/account/sharing/links")
	String link(@AuthenticationPrincipal AccountUser user, @RequestParam Optional<String> label,
			@RequestParam Optional<List<String>> scopes, @RequestParam Optional<String> days,
			@RequestParam Optional<String> passcode, Model model, HttpServletResponse response) {
		private_(response);
		Links.Made made = this.links.create(user, label.orElse(""), scopes(scopes), days.orElse(""),
				passcode.orElse(""));
		if (!made.problems().isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("linkLabel", label.orElse(""));
			model.addAttribute("linkScopes", scopes.orElse(List.of()));
			model.addAttribute("linkDays", days.orElse(""));
			return page(user, model, Map.of(), made.problems());
		}
		model.addAttribute("link", this.address.of("/s/" + made.token()));
		model.addAttribute("expiresAt", made.expiresAt());
		return "sharing/link-made";
	}

	@PostMapping("/account/sharing/links/{id}/revoke")
	String revokeLink(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
		this.links.revoke(user, id);
		return "redirect:/account/sharing?revoked";
	}

	@GetMapping("/s/{token}")
	String openForm(@PathVariable String token, Model model, HttpServletResponse response) {
		private_(response);
		Optional<Links.Live> live = this.links.live(token);
		if (live.isEmpty()) {
			return gone(response);
		}
		model.addAttribute("token", token);
		model.addAttribute("needsPasscode", live.get().needsPasscode());
		model.addAttribute("problems", Map.of());
		return "sharing/open";
	}

	@PostMapping("/s/{token}")
	String open(@PathVariable String token, @RequestParam Optional<String> name,
			@RequestParam Optional<String> passcode, Model model, HttpServletResponse response) {
		private_(response);
		Links.Opening opening = this.links.open(token, name.orElse(""), passcode.orElse(""));
		if (opening instanceof Links.Opening.Opened opened) {
			model.addAttribute("summary", this.summaries.summarize(opened.reader()));
			// The download opens the link again, with the same name and passcode: the
			// link
			// is checked, and the download recorded, like any opening.
			model.addAttribute("pdfToken", token);
			model.addAttribute("pdfName", name.orElse(""));
			model.addAttribute("pdfPasscode", passcode.orElse(""));
			return "summary/summary";
		}
		if (opening instanceof Links.Opening.Refused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("token", token);
			model.addAttribute("needsPasscode", this.links.live(token).map(Links.Live::needsPasscode).orElse(true));
			model.addAttribute("problems", refused.problems());
			model.addAttribute("name", name.orElse(""));
			return "sharing/open";
		}
		return gone(response);
	}

	/**
	 * The summary of a link as a PDF: opening the link again with the opener's name and
	 * any passcode, so a dead link or a wrong passcode gives no report.
	 */
	@PostMapping("/s/{token}/report.pdf")
	Object openReport(@PathVariable String token, @RequestParam Optional<String> name,
			@RequestParam Optional<String> passcode, Locale locale, HttpServletResponse response) {
		private_(response);
		Links.Opening opening = this.links.open(token, name.orElse(""), passcode.orElse(""));
		if (opening instanceof Links.Opening.Opened opened) {
			return this.report.download(opened.reader(), locale);
		}
		return gone(response);
	}

	/** The one answer for every link that does not open, whatever the reason. */
	private static String gone(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "sharing/gone";
	}

	@GetMapping("/clinic/people")
	String people(@AuthenticationPrincipal AccountUser user, Model model, HttpServletResponse response) {
		private_(response);
		model.addAttribute("people", this.grants.toClinician(user.id()));
		return "sharing/people";
	}

	@GetMapping("/clinic/people/{ownerId}")
	String summary(@AuthenticationPrincipal AccountUser user, @PathVariable UUID ownerId, Model model,
			HttpServletResponse response) {
		private_(response);
		return this.access.sharedWith(user, ownerId).map((reader) -> {
			model.addAttribute("summary", this.summaries.summarize(reader));
			return "summary/summary";
		}).orElseGet(() -> gone(response));
	}

	@GetMapping("/clinic/people/{ownerId}/report.pdf")
	Object summaryReport(@AuthenticationPrincipal AccountUser user, @PathVariable UUID ownerId, Locale locale,
			HttpServletResponse response) {
		private_(response);
		return this.access.sharedWith(user, ownerId)
			.<Object>map((reader) -> this.report.download(reader, locale))
			.orElseGet(() -> gone(response));
	}

	private static Set<HealthDataScope> scopes(Optional<List<String>> codes) {
		Set<HealthDataScope> scopes = EnumSet.noneOf(HealthDataScope.class);
		codes.orElse(List.of()).forEach((code) -> HealthDataScope.ofCode(code).ifPresent(scopes::add));
		return scopes;
	}

}
