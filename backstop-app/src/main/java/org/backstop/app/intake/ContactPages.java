package org.backstop.app.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import org.backstop.app.assessment.AttachedAssessments;
import org.backstop.app.assessment.AttachedAssessments.Attached;
import org.backstop.app.clinic.Clinic;
import org.backstop.app.clinic.ClinicSettings;
import org.backstop.app.layout.LocalTimes;
import org.backstop.app.security.AccountUser;
import org.backstop.app.security.Framing;
import org.backstop.app.system.ProblemTexts;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.CodedText;
import org.backstop.core.problem.Violation;

/**
 * The contact form: {@code /contact} on Backstop's own pages, and {@code /embed/contact}
 * for a frame on the clinic's site, which only the clinic's configured sites may frame.
 * Both land in the same queue. A form the hidden field gives away, or one sent back
 * faster than a person could fill it in, is answered as if it were taken and then
 * dropped, so a script learns nothing. {@code /embed/assess} starts the check of one's
 * back from the clinic's site.
 */
@Controller
class ContactPages {

	private static final Log log = LogFactory.getLog(ContactPages.class);

	private static final CodedText NO_SUCH_ASSESSMENT = CodedText.of("contact.assessment.missing",
			"cannot be found any more; choose another, or none");

	private final IntakeQueue queue;

	private final FormStamps stamps;

	private final AttachedAssessments assessments;

	private final ClinicSettings clinic;

	private final ProblemTexts problems;

	private final LocalTimes times;

	ContactPages(IntakeQueue queue, FormStamps stamps, AttachedAssessments assessments, ClinicSettings clinic,
			ProblemTexts problems, LocalTimes times) {
		this.times = times;
		this.queue = queue;
		this.stamps = stamps;
		this.assessments = assessments;
		this.clinic = clinic;
		this.problems = problems;
	}

	@GetMapping("/contact")
	String form(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "") String attach,
			HttpServletRequest request, Locale locale, Model model) {
		String chosen = ContactForm.THIS_BROWSER.equals(attach) ? attach : "";
		return form(ContactForm.empty(chosen, this.stamps.issue(), null), Map.of(), false, user, request, locale,
				model);
	}

	@GetMapping("/embed/contact")
	String embeddedForm(@RequestParam(defaultValue = "") String from,
			@RequestHeader(name = "Referer", required = false) String referer, HttpServletRequest request,
			Locale locale, Model model) {
		embedded(request, model);
		// Where the frame sits, as the browser or the snippet says: context for staff
		// only.
		String context = from.isBlank() ? referer : from;
		return form(ContactForm.empty("", this.stamps.issue(), ContactForm.context(context)), Map.of(), false, null,
				request, locale, model);
	}

	@PostMapping("/contact")
	String send(@AuthenticationPrincipal AccountUser user, @ModelAttribute ContactForm form, HttpServletRequest request,
			Locale locale, Model model) {
		return send(form.withoutContext(), user, request, locale, model);
	}

	@PostMapping("/embed/contact")
	String sendEmbedded(@ModelAttribute ContactForm form, HttpServletRequest request, Locale locale, Model model) {
		embedded(request, model);
		return send(form, null, request, locale, model);
	}

	/**
	 * The confirmation, on its own address so that reloading it sends nothing again. The
	 * request's random id in the address brings back its urgency (never who sent it or
	 * why) for an hour; after that, or for an id never issued, the plain confirmation.
	 */
	@GetMapping({ "/contact/sent", "/contact/sent/{id}" })
	String sent(@PathVariable(required = false) UUID id, Model model) {
		return sent(received(id), model);
	}

	@GetMapping({ "/embed/contact/sent", "/embed/contact/sent/{id}" })
	String sentEmbedded(@PathVariable(required = false) UUID id, HttpServletRequest request, Model model) {
		embedded(request, model);
		return sent(received(id), model);
	}

	private IntakeRequest received(UUID id) {
		return (id == null) ? null : this.queue.receipt(id).orElse(null);
	}

	@GetMapping("/embed/assess")
	String embeddedAssessment(HttpServletRequest request, Model model) {
		embedded(request, model);
		return "intake/embed-assess";
	}

	/** The clinic's colours, for the embedded pages: no inline style may run. */
	@Hidden // a page's download, not part of the API
	@GetMapping(path = "/embed/clinic.css", produces = "text/css")
	@ResponseBody
	ResponseEntity<String> colours() {
		Clinic current = this.clinic.current();
		// Both are checked to be #rrggbb when saved, so nothing else can reach the CSS.
		String css = ".clinic-band{background:" + current.colour() + ";color:#fff;padding:.75rem 1rem}"
				+ ".clinic-band a{color:#fff}" + ".clinic-button{background:" + current.buttonColour()
				+ ";border-color:" + current.buttonColour() + ";color:#fff}";
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(css);
	}

	private void embedded(HttpServletRequest request, Model model) {
		Clinic current = this.clinic.current();
		Framing.allow(request, current.embedOrigins());
		model.addAttribute("embedded", true);
		model.addAttribute("clinic", current);
	}

	private String send(ContactForm form, AccountUser user, HttpServletRequest request, Locale locale, Model model) {
		FormStamps.Verdict verdict = this.stamps.check(form.stamp());
		if (form.isHoneypotFilled() || verdict == FormStamps.Verdict.TOO_FAST || verdict == FormStamps.Verdict.FORGED) {
			log.info("A contact form was dropped as a script's: "
					+ (form.isHoneypotFilled() ? "the hidden field was filled in" : verdict));
			return sentAddress(null, model);
		}
		if (verdict == FormStamps.Verdict.EXPIRED) {
			return form(form.restamped(this.stamps.issue()), Map.of(), true, user, request, locale, model);
		}
		Checked<ContactForm.Contact> checked = form.check();
		List<Violation> violations = new ArrayList<>(checked.violations());
		Optional<Attached> attached = Optional.empty();
		String attach = (form.assessment() == null) ? "" : form.assessment().strip();
		if (!attach.isEmpty()) {
			attached = attachment(attach, user, request.getSession(false), locale);
			if (attached.isEmpty()) {
				violations.add(new Violation("assessment", NO_SUCH_ASSESSMENT));
			}
		}
		if (!violations.isEmpty()) {
			Map<String, String> errors = this.problems.byField(violations, (field) -> field, locale);
			return form(form.restamped(form.stamp()), errors, false, user, request, locale, model);
		}
		IntakeRequest taken = this.queue.submit(checked.value(), attached, user, locale);
		return sentAddress(taken, model);
	}

	private Optional<Attached> attachment(String attach, AccountUser user, HttpSession session, Locale locale) {
		if (ContactForm.THIS_BROWSER.equals(attach)) {
			return this.assessments.ofThisBrowser(session, locale);
		}
		if (user == null) {
			return Optional.empty();
		}
		try {
			return this.assessments.ofSaved(user, UUID.fromString(attach), locale);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private String form(ContactForm form, Map<String, String> errors, boolean expired, AccountUser user,
			HttpServletRequest request, Locale locale, Model model) {
		model.addAttribute("values", form.values());
		model.addAttribute("errors", errors);
		model.addAttribute("expired", expired);
		model.addAttribute("clinic", this.clinic.current());
		model.addAttribute("methods", codes(ContactMethod.values()));
		model.addAttribute("times", codes(ContactTime.values()));
		model.addAttribute("reasons", codes(ContactReason.values()));
		List<AttachOption> attachable = new ArrayList<>();
		boolean embedded = Boolean.TRUE.equals(model.getAttribute("embedded"));
		if (!embedded) {
			this.assessments.ofThisBrowser(request.getSession(false), locale)
				.ifPresent((a) -> attachable.add(new AttachOption(ContactForm.THIS_BROWSER, a.level().code(), null)));
			if (user != null) {
				this.assessments.choicesOf(user)
					.forEach((c) -> attachable
						.add(new AttachOption(c.id().toString(), c.level(), this.times.format(c.createdAt(), locale))));
			}
		}
		model.addAttribute("attachable", attachable);
		model.addAttribute("action", embedded ? "/embed/contact" : "/contact");
		return "intake/contact";
	}

	/** Post, then redirect: a script's form goes to the plain confirmation alike. */
	private static String sentAddress(IntakeRequest taken, Model model) {
		String page = Boolean.TRUE.equals(model.getAttribute("embedded")) ? "/embed/contact/sent" : "/contact/sent";
		return "redirect:" + page + ((taken != null) ? "/" + taken.id() : "");
	}

	private String sent(IntakeRequest taken, Model model) {
		model.addAttribute("clinic", this.clinic.current());
		model.addAttribute("urgent", taken != null && taken.isUrgent());
		model.addAttribute("level", (taken != null) ? taken.triageLevel() : null);
		return "intake/sent";
	}

	/**
	 * An assessment the person may attach.
	 *
	 * @param value the form's value for it
	 * @param level its triage level code
	 * @param when when it was saved, or {@code null} for this browser's latest result
	 */
	record AttachOption(String value, String level, String when) {
	}

	private static List<String> codes(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map((v) -> v.name().toLowerCase(Locale.ROOT)).toList();
	}

}
