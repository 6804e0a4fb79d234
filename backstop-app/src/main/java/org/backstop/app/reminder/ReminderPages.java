package org.backstop.app.reminder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import org.backstop.app.security.AccountUser;
import org.backstop.app.system.CanonicalUuid;
import org.backstop.app.system.ProblemTexts;
import org.backstop.app.system.PublicAddress;
import org.backstop.core.assessment.Medicine;
import org.backstop.core.json.Coded;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/**
 * {@code /account/reminders}: the person's reminders with plain forms to add, change and
 * delete them, what is due now, and the calendar feed. Everything works without
 * JavaScript; with it, htmx refreshes the due list every minute from
 * {@code /account/reminders/due}.
 */
@Controller
class ReminderPages {

	private final Reminders reminders;

	private final PublicAddress publicAddress;

	private final ProblemTexts problems;

	ReminderPages(Reminders reminders, PublicAddress publicAddress, ProblemTexts problems) {
		this.reminders = reminders;
		this.problems = problems;
		this.publicAddress = publicAddress;
	}

	@GetMapping("/account/reminders")
	String page(@AuthenticationPrincipal AccountUser user, @RequestParam Optional<String> edit, Model model) {
		Map<String, Object> form = emptyForm();
		Optional<Reminder> editing = edit.flatMap(CanonicalUuid::parse).flatMap((id) -> this.reminders.find(user, id));
		editing.ifPresent((reminder) -> form.putAll(formOf(reminder)));
		return page(user, model, form, editing.map(Reminder::id).orElse(null), Map.of());
	}

	@PostMapping("/account/reminders")
	String create(@AuthenticationPrincipal AccountUser user, @RequestParam Map<String, String> fields,
			@RequestParam(name = "days", required = false) List<String> days, Locale locale, Model model) {
		Checked<Reminder> created = this.reminders.create(user, schedule(fields, days));
		if (created.isValid()) {
			return "redirect:/account/reminders?saved";
		}
		return page(user, model, echo(fields, days), null, errors(created.violations(), locale));
	}

	@PostMapping("/account/reminders/{id}")
	String update(@AuthenticationPrincipal AccountUser user, @PathVariable String id,
			@RequestParam Map<String, String> fields, @RequestParam(name = "days", required = false) List<String> days,
			Locale locale, Model model) {
		Optional<UUID> uuid = CanonicalUuid.parse(id);
		Checked<Reminder.Schedule> schedule = schedule(fields, days);
		Optional<Checked<Reminder>> updated = uuid.flatMap((u) -> this.reminders.update(user, u, schedule));
		if (updated.isEmpty()) {
			return "redirect:/account/reminders?missing";
		}
		if (updated.get().isValid()) {
			return "redirect:/account/reminders?saved";
		}
		return page(user, model, echo(fields, days), uuid.get(), errors(updated.get().violations(), locale));
	}

	@PostMapping("/account/reminders/{id}/delete")
	String delete(@AuthenticationPrincipal AccountUser user, @PathVariable String id) {
		boolean deleted = CanonicalUuid.parse(id).map((uuid) -> this.reminders.delete(user, uuid)).orElse(false);
		return deleted ? "redirect:/account/reminders?deleted" : "redirect:/account/reminders?missing";
	}

	@PostMapping("/account/reminders/feed")
	String createFeed(@AuthenticationPrincipal AccountUser user, @RequestParam Optional<String> detail, Model model) {
		boolean withDetail = detail.isPresent();
		this.reminders.createFeed(user, withDetail)
			.ifPresent((secret) -> model.addAttribute("feedAddress",
					FeedAddress.of(this.publicAddress, secret, withDetail)));
		return page(user, model, emptyForm(), null, Map.of());
	}

	@PostMapping("/account/reminders/feed/revoke")
	String revokeFeed(@AuthenticationPrincipal AccountUser user) {
		this.reminders.revokeFeed(user);
		return "redirect:/account/reminders?revoked";
	}

	/** The due list: a fragment for htmx, a small page of its own for anyone else. */
	@GetMapping("/account/reminders/due")
	String due(@AuthenticationPrincipal AccountUser user,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("due", this.reminders.due(user).stream().map(DueItem::of).toList());
		return (htmx != null) ? "reminder/due :: due-list" : "reminder/due";
	}

	private String page(AccountUser user, Model model, Map<String, Object> form, UUID editing,
			Map<String, String> errors) {
		// One read, so one audit entry, for the list and what is due.
		List<Reminder> all = this.reminders.list(user);
		if (editing == null && errors.isEmpty() && !all.isEmpty()) {
			// A new reminder most likely lives in the zone of the last one.
			form.put("timeZone", all.get(all.size() - 1).schedule().zone().getId());
		}
		// A first reminder's zone starts at the device's (time-zone.js); UTC without it.
		model.addAttribute("suggestZone", editing == null && errors.isEmpty() && all.isEmpty());
		model.addAttribute("reminders", all.stream().map(ReminderView::of).toList());
		model.addAttribute("due", this.reminders.dueOf(all).stream().map(DueItem::of).toList());
		model.addAttribute("feedCreatedAt",
				this.reminders.feedOf(user)
					.map((feed) -> feed.createdAt().toString().substring(0, 16).replace('T', ' ') + " UTC")
					.orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", ReminderKind.codes());
		model.addAttribute("dayCodes", ReminderInput.DAY_CODES);
		model.addAttribute("ingredients", Coded.codes(Medicine.class).allowed());
		return "reminder/reminders";
	}

	/** Reads and checks the form: the schedule, or every problem with it. */
	private static Checked<Reminder.Schedule> schedule(Map<String, String> fields, List<String> days) {
		List<Violation> violations = new ArrayList<>();
		Integer everyHours = null;
		String every = blankToNull(fields.get("everyHours"));
		if (every != null) {
			try {
				everyHours = Integer.valueOf(every.strip());
			}
			catch (NumberFormatException ex) {
				violations.add(Violation.of("everyHours", "reminder.every_hours_not_whole",
						"must be a whole number of hours"));
			}
		}
		return new ReminderInput(blankToNull(fields.get("kind")), blankToNull(fields.get("label")),
				ReminderInput.splitTimes(fields.get("times")), (days != null) ? days : List.of(), everyHours,
				blankToNull(fields.get("from")), blankToNull(fields.get("until")), blankToNull(fields.get("timeZone")),
				blankToNull(fields.get("ingredient")), fields.containsKey("active"))
			.check(violations);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static Map<String, Object> emptyForm() {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("kind", "exercise");
		form.put("label", "");
		form.put("times", "");
		form.put("days", ReminderInput.DAY_CODES);
		form.put("everyHours", "");
		form.put("from", "");
		form.put("until", "");
		form.put("timeZone", "UTC");
		form.put("ingredient", "");
		form.put("active", true);
		return form;
	}

	private static Map<String, Object> echo(Map<String, String> fields, List<String> days) {
		Map<String, Object> form = emptyForm();
		for (String name : List.of("kind", "label", "times", "everyHours", "from", "until", "timeZone", "ingredient")) {
			form.put(name, fields.getOrDefault(name, ""));
		}
		form.put("days", (days != null) ? days : List.of());
		form.put("active", fields.containsKey("active"));
		return form;
	}

	private static Map<String, Object> formOf(Reminder reminder) {
		ReminderView view = ReminderView.of(reminder);
		Map<String, Object> form = emptyForm();
		form.put("kind", view.kind());
		form.put("label", (view.label() != null) ? view.label() : "");
		form.put("times", (view.everyHours() == null) ? String.join(", ", view.times()) : "");
		form.put("days", view.days());
		form.put("everyHours", (view.everyHours() != null) ? view.everyHours().toString() : "");
		form.put("from", (view.from() != null) ? view.from() : "");
		form.put("until", (view.until() != null) ? view.until() : "");
		form.put("timeZone", view.timeZone());
		form.put("ingredient", (view.ingredient() != null) ? view.ingredient() : "");
		form.put("active", view.active());
		return form;
	}

	/**
	 * The first problem of each form field, in the reader's language; {@code times[1]}
	 * belongs to {@code times}.
	 */
	private Map<String, String> errors(List<Violation> violations, Locale locale) {
		return this.problems.byField(violations, (field) -> field.replaceFirst("\\[\\d+\\]$", ""), locale);
	}

}
