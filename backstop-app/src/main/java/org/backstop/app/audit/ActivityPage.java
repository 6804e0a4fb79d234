package org.backstop.app.audit;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.backstop.app.account.Role;
import org.backstop.app.layout.LocalTimes;
import org.backstop.app.security.AccountUser;
import org.backstop.app.system.Paging;

/**
 * {@code /account/activity}: who has seen or changed the person's data and when, in
 * words, newest first, with the name of each clinician or link opener who read what they
 * shared; {@code ?who=others} leaves out what they did themselves.
 */
@Controller
class ActivityPage {

	private final AuditTrail trail;

	private final LocalTimes times;

	ActivityPage(AuditTrail trail, LocalTimes times) {
		this.trail = trail;
		this.times = times;
	}

	@GetMapping("/account/activity")
	String activity(@AuthenticationPrincipal AccountUser user, @RequestParam Optional<String> page,
			@RequestParam Optional<String> who, Locale locale, Model model) {
		var paging = Paging.of(page.orElse(null), null);
		boolean othersOnly = who.filter("others"::equals).isPresent();
		if (!paging.isValid() || (who.isPresent() && !othersOnly)) {
			// Only a hand-edited address gets here; the whole list is what it was after.
			return "redirect:/account/activity";
		}
		Paging.Page<AuditEvent> events = othersOnly ? this.trail.aboutByOthers(user.id(), paging.value())
				: this.trail.about(user.id(), paging.value());
		if (events.isPastTheEnd()) {
			return "redirect:/account/activity?page=" + events.lastPage() + (othersOnly ? "&who=others" : "");
		}
		model.addAttribute("events", events.map((event) -> Entry.of(event, this.times.format(event.at(), locale))));
		model.addAttribute("zone", this.times.zoneName(locale));
		model.addAttribute("othersOnly", othersOnly);
		return "audit/activity";
	}

	/**
	 * One entry as the page shows it; the words come from the message bundle by these
	 * codes.
	 *
	 * @param when when, in the person's language
	 * @param timestamp when, as ISO-8601
	 * @param who {@code you}, {@code calendar} (whoever holds the secret calendar
	 * address), {@code gone} (an account since deleted) or the role of someone else in
	 * lower case
	 * @param action what they did, such as {@code read}
	 * @param resource which data, such as {@code assessment}
	 * @param name the clinician's name, or the name the opener of a shared link typed, or
	 * {@code null}
	 */
	record Entry(String when, String timestamp, String who, String action, String resource, String name) {

		static Entry of(AuditEvent event, String when) {
			String who;
			if (AuditTrail.CALENDAR_FEED.equals(event.resource()) && event.action() == AuditAction.READ) {
				who = "calendar";
			}
			else if (event.actorId() == null && event.actorRole() == null && event.actorName() != null) {
				who = "link";
			}
			else if (event.actorId() == null) {
				who = "gone";
			}
			else if (event.byThemselves()) {
				who = "you";
			}
			else {
				who = ((event.actorRole() != null) ? event.actorRole() : Role.PATIENT).name().toLowerCase(Locale.ROOT);
			}
			return new Entry(when, event.at().toString(), who, event.action().code(), event.resource(),
					event.actorName());
		}

	}

}
