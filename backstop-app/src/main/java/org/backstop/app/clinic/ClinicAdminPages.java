package org.backstop.app.clinic;

import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

import org.backstop.app.security.AccountUser;
import org.backstop.app.system.ProblemTexts;
import org.backstop.app.system.PublicAddress;
import org.backstop.core.problem.Checked;

/**
 * {@code /admin/clinic}: an administrator sets the clinic's details, and copies the
 * snippets that put its forms on the clinic's own web site. Only administrators reach it
 * (the security configuration says so for all of {@code /admin/**}).
 */
@Controller
class ClinicAdminPages {

	private final ClinicSettings settings;

	private final ProblemTexts problems;

	private final PublicAddress publicAddress;

	ClinicAdminPages(ClinicSettings settings, ProblemTexts problems, PublicAddress publicAddress) {
		this.settings = settings;
		this.problems = problems;
		this.publicAddress = publicAddress;
	}

	@GetMapping("/admin/clinic")
	String show(@RequestParam(required = false) String saved, Model model) {
		model.addAttribute("values", ClinicForm.of(this.settings.current()).values());
		model.addAttribute("errors", Map.of());
		model.addAttribute("saved", saved != null);
		return page(model);
	}

	@PostMapping("/admin/clinic")
	String save(@AuthenticationPrincipal AccountUser admin, @ModelAttribute ClinicForm form, Locale locale,
			Model model) {
		Checked<Clinic> checked = form.check();
		if (!checked.isValid()) {
			model.addAttribute("values", form.values());
			model.addAttribute("errors", this.problems.byField(checked.violations(), (field) -> field, locale));
			model.addAttribute("saved", false);
			return page(model);
		}
		this.settings.save(checked.value(), admin);
		return "redirect:/admin/clinic?saved";
	}

	private String page(Model model) {
		String name = this.settings.current().name();
		model.addAttribute("contactSnippet", snippet("/embed/contact", 1100, name));
		model.addAttribute("assessSnippet", snippet("/embed/assess", 600, name));
		return "clinic/admin";
	}

	/**
	 * An iframe for the clinic's site, titled with the clinic's name for screen readers.
	 */
	private String snippet(String path, int height, String name) {
		return "<iframe src=\"" + this.publicAddress.of(path) + "\" title=\""
				+ HtmlUtils.htmlEscape(name.isBlank() ? "Backstop" : name) + "\" width=\"100%\" height=\"" + height
				+ "\" style=\"border:0\" loading=\"lazy\"></iframe>";
	}

}
