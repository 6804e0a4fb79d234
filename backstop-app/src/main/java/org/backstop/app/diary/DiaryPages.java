package org.backstop.app.diary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.backstop.app.security.AccountUser;
import org.backstop.app.system.CanonicalUuid;
import org.backstop.app.system.ProblemTexts;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.json.Coded;
import org.backstop.core.json.StrictJson;
import org.backstop.core.problem.CodedText;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/**
 * {@code /account/diary}: the quick log (also on the home page), today's factors with
 * "same as yesterday", a full entry for a past time, the person's own factors and the
 * last two weeks of entries. Plain forms that work without JavaScript; each is turned
 * into the API's JSON and read by the same service, so the pages and the API agree.
 */
@Controller
class DiaryPages {

	/** How many days of entries the page lists. */
	static final int LIST_DAYS = 14;

	private static final String PAGE = "/account/diary";

	private final Diaries diaries;

	private final MessageSource messages;

	private final ProblemTexts texts;

	DiaryPages(Diaries diaries, MessageSource messages, ProblemTexts texts) {
		this.diaries = diaries;
		this.messages = messages;
		this.texts = texts;
	}

	@GetMapping(PAGE + "/insights")
	String insights(@AuthenticationPrincipal AccountUser user, Locale locale, Model model) {
		model.addAttribute("insights", InsightRows.of(this.diaries.insights(user), this.messages, locale));
		return "diary/insights";
	}

	@GetMapping(PAGE + "/progress")
	String progress(@AuthenticationPrincipal AccountUser user, Model model) {
		ProgressReport report = this.diaries.progress(user);
		ProgressView view = ProgressView.of(report);
		model.addAttribute("report", view);
		model.addAttribute("painByDay", report.painByDay());
		model.addAttribute("escalations", view.escalations());
		model.addAttribute("urgent", report.assessNow() || !report.escalations().isEmpty());
		return "diary/progress";
	}

	@GetMapping(PAGE)
	String page(@AuthenticationPrincipal AccountUser user, @RequestParam Optional<String> edit, Model model) {
		Optional<DiaryEntry> editing = edit.flatMap(CanonicalUuid::parse).flatMap((id) -> this.diaries.entry(user, id));
		Map<String, String> entryForm = editing.map(DiaryForms::entryForm).orElseGet(() -> newEntry(user));
		return page(user, model, null, Map.of(), entryForm, editing.map(DiaryEntry::id).orElse(null), Map.of(),
				Map.of());
	}

	/** "Spasm now? How bad is it?": one tap saves the entry, from the home page too. */
	@PostMapping(PAGE + "/quick")
	String quickLog(@AuthenticationPrincipal AccountUser user, @RequestParam Map<String, String> fields) {
		String back = "home".equals(fields.get("from")) ? "/" : PAGE;
		if (!this.diaries.mayWrite(user)) {
			return "redirect:" + back + "?notLogged";
		}
		Checked<DiaryEntry> created = this.diaries.create(user, DiaryForms.quick(fields));
		if (!created.isValid()) {
			return "redirect:" + back + "?notLogged#quick-log";
		}
		return "redirect:" + back + "?logged=" + created.value().id() + "#quick-log";
	}

	@PostMapping(PAGE + "/day")
	String saveDay(@AuthenticationPrincipal AccountUser user, @RequestParam Map<String, String> fields, Locale locale,
			Model model) {
		Set<String> personal = this.diaries.personalFactors(user);
		Map<String, String> form = DiaryForms.dayEcho(fields, personal);
		Optional<LocalDate> date = Diaries.date(form.get("date").strip());
		if (date.isEmpty()) {
			return pageWithProblems(user, model, form, Map.of("date", this.texts.text(
					CodedText.of("date.invalid", "must be a date such as {0}", this.diaries.today(user).toString()),
					locale)));
		}
		if (!this.diaries.mayWrite(user)) {
			return "redirect:" + PAGE;
		}
		Checked<DayFactors> saved = this.diaries.saveDay(user, date.get(), DiaryForms.dayJson(form, personal));
		if (!saved.isValid()) {
			return pageWithProblems(user, model, form,
					DiaryForms.errors(saved.violations(), Map.of(), this.texts, locale));
		}
		return "redirect:" + PAGE + "?daySaved#day-form";
	}

	@PostMapping(PAGE + "/day/carry-forward")
	String carryForward(@AuthenticationPrincipal AccountUser user, @RequestParam String date) {
		Optional<DayFactors> copied = this.diaries.mayWrite(user)
				? Diaries.date(date.strip()).flatMap((day) -> this.diaries.carryForward(user, day)) : Optional.empty();
		return "redirect:" + PAGE + (copied.isPresent() ? "?carried" : "?nothingToCarry") + "#day-form";
	}

	@PostMapping(PAGE + "/entries")
	String create(@AuthenticationPrincipal AccountUser user, @RequestParam Map<String, String> fields, Locale locale,
			Model model) {
		Map<String, String> form = DiaryForms.entryEcho(fields);
		List<Violation> violations = new ArrayList<>();
		Map<String, Integer> rows = new LinkedHashMap<>();
		var json = DiaryForms.entryJson(form, this.diaries.defaultZone(user), violations, rows);
		if (violations.isEmpty() && this.diaries.mayWrite(user)) {
			Checked<DiaryEntry> created = this.diaries.create(user, json);
			if (created.isValid()) {
				return afterSaving(created.value());
			}
			violations.addAll(created.violations());
		}
		return page(user, model, null, Map.of(), form, null, DiaryForms.errors(violations, rows, this.texts, locale),
				Map.of());
	}

	@PostMapping(PAGE + "/entries/{id}")
	String update(@AuthenticationPrincipal AccountUser user, @PathVariable String id,
			@RequestParam Map<String, String> fields, Locale locale, Model model) {
		Optional<UUID> uuid = CanonicalUuid.parse(id);
		Map<String, String> form = DiaryForms.entryEcho(fields);
		List<Violation> violations = new ArrayList<>();
		Map<String, Integer> rows = new LinkedHashMap<>();
		var json = DiaryForms.entryJson(form, this.diaries.defaultZone(user), violations, rows);
		if (uuid.isEmpty()) {
			return "redirect:" + PAGE + "?missing";
		}
		if (violations.isEmpty()) {
			Optional<Checked<DiaryEntry>> updated = this.diaries.update(user, uuid.get(), json);
			if (updated.isEmpty()) {
				return "redirect:" + PAGE + "?missing";
			}
			if (updated.get().isValid()) {
				return afterSaving(updated.get().value());
			}
			violations.addAll(updated.get().violations());
		}
		return page(user, model, null, Map.of(), form, uuid.get(),
				DiaryForms.errors(violations, rows, this.texts, locale), Map.of());
	}

	@PostMapping(PAGE + "/entries/{id}/delete")
	String delete(@AuthenticationPrincipal AccountUser user, @PathVariable String id,
			@RequestParam Optional<String> from) {
		boolean deleted = CanonicalUuid.parse(id).map((uuid) -> this.diaries.delete(user, uuid)).orElse(false);
		String back = from.filter("home"::equals).isPresent() ? "/" : PAGE;
		return "redirect:" + back + (deleted ? "?undone" : "?missing");
	}

	@PostMapping(PAGE + "/factors")
	String addFactor(@AuthenticationPrincipal AccountUser user, @RequestParam Map<String, String> fields, Locale locale,
			Model model) {
		String typed = DiaryForms.text(fields, "name").strip();
		var json = StrictJson.mapper().createObjectNode();
		if (!typed.isEmpty()) {
			json.put("name", typed);
		}
		Checked<String> name = DiaryReader.factorName(json);
		Map<String, String> errors = new LinkedHashMap<>();
		if (!name.isValid()) {
			errors.putAll(DiaryForms.errors(name.violations(), Map.of(), this.texts, locale));
		}
		else if (this.diaries.mayWrite(user) && !this.diaries.addPersonalFactor(user, name.value())) {
			errors.put("name", this.texts
				.text(CodedText.of("diary.factor_exists", "you already have a factor of this name"), locale));
		}
		if (!errors.isEmpty()) {
			return page(user, model, null, Map.of(), newEntry(user), null, Map.of(), errors, typed);
		}
		return "redirect:" + PAGE + "?factorAdded#factors";
	}

	@PostMapping(PAGE + "/factors/delete")
	String deleteFactor(@AuthenticationPrincipal AccountUser user, @RequestParam String name) {
		boolean deleted = this.diaries.mayWrite(user) && this.diaries.deletePersonalFactor(user, name);
		return "redirect:" + PAGE + (deleted ? "?factorDeleted" : "?missing") + "#factors";
	}

	/**
	 * Back to the diary; but a warning sign, sure or not, goes straight to progress,
	 * where it has just been triaged again: a person must not have to look for that
	 * answer.
	 */
	private static String afterSaving(DiaryEntry entry) {
		DiaryEntry.Details d = entry.what();
		if (!d.symptoms().isEmpty() || !d.symptomsNotSure().isEmpty()) {
			return "redirect:" + PAGE + "/progress?warningSign";
		}
		return "redirect:" + PAGE + "?entrySaved#day-" + entry.localDate();
	}

	private Map<String, String> newEntry(AccountUser user) {
		ZoneId zone = this.diaries.defaultZone(user);
		return DiaryForms.emptyEntry(ZonedDateTime.now(zone));
	}

	private String pageWithProblems(AccountUser user, Model model, Map<String, String> dayForm,
			Map<String, String> dayErrors) {
		return page(user, model, dayForm, dayErrors, newEntry(user), null, Map.of(), Map.of());
	}

	private String page(AccountUser user, Model model, Map<String, String> dayForm, Map<String, String> dayErrors,
			Map<String, String> entryForm, UUID editing, Map<String, String> entryErrors,
			Map<String, String> factorErrors) {
		return page(user, model, dayForm, dayErrors, entryForm, editing, entryErrors, factorErrors, "");
	}

	private String page(AccountUser user, Model model, Map<String, String> dayForm, Map<String, String> dayErrors,
			Map<String, String> entryForm, UUID editing, Map<String, String> entryErrors,
			Map<String, String> factorErrors, String factorName) {
		LocalDate today = this.diaries.today(user);
		Map<String, String> day = (dayForm != null) ? dayForm
				: this.diaries.day(user, today).map(DiaryForms::dayForm).orElseGet(() -> DiaryForms.emptyDay(today));
		model.addAttribute("today", today);
		model.addAttribute("day", day);
		model.addAttribute("dayErrors", dayErrors);
		model.addAttribute("personalFactors", List.copyOf(this.diaries.personalFactors(user)));
		model.addAttribute("entry", entryForm);
		model.addAttribute("editing", editing);
		model.addAttribute("entryErrors", entryErrors);
		model.addAttribute("factorErrors", factorErrors);
		model.addAttribute("factorName", factorName);
		model.addAttribute("days", lastDays(user, today));
		model.addAttribute("listDays", LIST_DAYS);
		model.addAttribute("regions", DiaryForms.codes(DiaryReader.REGIONS));
		model.addAttribute("mobilities", DiaryForms.codes(DiaryReader.MOBILITIES));
		model.addAttribute("medicines", DiaryForms.codes(DiaryReader.MEDICINES));
		model.addAttribute("symptoms", List.of(Symptom.values()).stream().map(Coded::code).toList());
		model.addAttribute("sleepQualities", DiaryForms.codes(SleepQuality.CODES));
		model.addAttribute("sleepPositions", DiaryForms.codes(SleepPosition.CODES));
		model.addAttribute("mattresses", DiaryForms.codes(Mattress.CODES));
		model.addAttribute("treatmentRows", rowNumbers(DiaryForms.TREATMENT_ROWS));
		model.addAttribute("medicineRows", rowNumbers(DiaryForms.MEDICINE_ROWS));
		return "diary/diary";
	}

	/**
	 * The last two weeks of entries, newest day first, each day's entries newest first.
	 */
	private List<DayOfEntries> lastDays(AccountUser user, LocalDate today) {
		Map<LocalDate, List<EntryView>> byDay = new TreeMap<>(Comparator.reverseOrder());
		for (DiaryEntry entry : this.diaries.entries(user, today.minusDays(LIST_DAYS - 1), today)) {
			byDay.computeIfAbsent(entry.localDate(), (d) -> new ArrayList<>()).add(EntryView.of(entry));
		}
		List<DayOfEntries> days = new ArrayList<>();
		byDay.forEach((date, entries) -> days.add(new DayOfEntries(date,
				entries.stream().sorted(Comparator.comparing(EntryView::at).reversed()).toList())));
		return days;
	}

	private static List<Integer> rowNumbers(int count) {
		return IntStream.range(0, count).boxed().toList();
	}

	/** One of the person's days with its entries, for the list. */
	public record DayOfEntries(LocalDate date, List<EntryView> entries) {
	}

}
