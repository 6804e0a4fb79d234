package org.backstop.app.diary;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.backstop.app.security.AccountUser;
import org.backstop.app.system.InvalidInputException;
import org.backstop.app.system.NotFoundException;
import org.backstop.app.system.StrictJsonBody;
import org.backstop.core.medicine.MedicineCheckResult;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/**
 * The signed-in person's diary over the API: entries under {@code /api/v1/diary/entries}
 * (and as CSV), daily factors under {@code /api/v1/diary/days/{date}}, personal factors
 * under {@code /api/v1/diary/factors}, insights and progress. Someone else's entry
 * answers 404, exactly as one that does not exist. A read token may read; changes need
 * the write scope.
 */
@RestController
class DiaryController {

	private static final String NO_ENTRY = "You have no diary entry with this id.";

	private static final String NO_DAY = "You have logged no factors for this day.";

	/** How far back a list reaches when no {@code from} is given. */
	static final int DEFAULT_DAYS = 30;

	/** The longest stretch one list may cover. */
	static final int MAX_DAYS = 366;

	private final Diaries diaries;

	DiaryController(Diaries diaries) {
		this.diaries = diaries;
	}

	@GetMapping("/api/v1/diary/entries")
	@Operation(summary = "Your diary entries from one day to another (your own days), oldest first",
			description = "from and to are dates such as 2026-11-01; by default the last 30 days up to today; "
					+ "at most 366 days at a time.")
	List<EntryView> entries(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		Range range = range(user, from, to);
		return this.diaries.entries(user, range.from(), range.to()).stream().map(EntryView::of).toList();
	}

	@PostMapping(path = "/api/v1/diary/entries", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Log a diary entry",
			description = "All optional but at least one of pain, spasms, treatments, medicines, symptoms, notes: "
					+ "{\"spasms\":1,\"pain\":6} is a whole entry. at (date and time with offset; default now), "
					+ "timeZone (IANA; default the zone of your latest entry, else UTC), pain 0-10, spasms 0-100, "
					+ "region and mobility (the assessment's codes), treatments [{name, painBefore, painAfter}], "
					+ "medicines [{medicine, mg}], symptoms and symptomsNotSure (the assessment's codes), notes. "
					+ "A warning sign logged here is triaged again at once: the answer then carries review, "
					+ "as GET /api/v1/diary/progress gives it.")
	ResponseEntity<EntryView> create(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@StrictJsonBody JsonNode body) {
		requireWrite(user);
		DiaryEntry created = InvalidInputException.valueOf(this.diaries.create(user, body));
		return ResponseEntity.created(URI.create("/api/v1/diary/entries/" + created.id())).body(saved(user, created));
	}

	@GetMapping("/api/v1/diary/entries/{id}")
	@Operation(summary = "One of your diary entries")
	EntryView entry(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
		return this.diaries.entry(user, id).map(EntryView::of).orElseThrow(() -> new NotFoundException(NO_ENTRY));
	}

	@PutMapping(path = "/api/v1/diary/entries/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace one of your diary entries with the fields sent; without at it keeps its time")
	EntryView update(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user, @PathVariable UUID id,
			@StrictJsonBody JsonNode body) {
		Checked<DiaryEntry> updated = this.diaries.update(user, id, body)
			.orElseThrow(() -> new NotFoundException(NO_ENTRY));
		return saved(user, InvalidInputException.valueOf(updated));
	}

	/**
	 * The entry as saved; with a warning sign, sure or not, also the review of progress
	 * it set off (escalations, or {@code assessNow} without an assessment).
	 */
	private EntryView saved(AccountUser user, DiaryEntry entry) {
		EntryView view = EntryView.of(entry);
		DiaryEntry.Details d = entry.what();
		if (d.symptoms().isEmpty() && d.symptomsNotSure().isEmpty()) {
			return view;
		}
		return view.reviewed(ProgressView.of(this.diaries.progress(user)));
	}

	@DeleteMapping("/api/v1/diary/entries/{id}")
	@Operation(summary = "Delete one of your diary entries")
	ResponseEntity<Void> delete(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@PathVariable UUID id) {
		if (!this.diaries.delete(user, id)) {
			throw new NotFoundException(NO_ENTRY);
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/diary/days")
	@Operation(summary = "Your daily factors from one day to another, oldest first; days not logged are left out")
	List<DayView> days(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		Range range = range(user, from, to);
		return this.diaries.days(user, range.from(), range.to()).stream().map(DayView::of).toList();
	}

	@GetMapping("/api/v1/diary/days/{date}")
	@Operation(summary = "Your factors of one day, such as 2026-12-04")
	DayView day(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user, @PathVariable String date) {
		return this.diaries.day(user, day(date)).map(DayView::of).orElseThrow(() -> new NotFoundException(NO_DAY));
	}

	@PutMapping(path = "/api/v1/diary/days/{date}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set your factors of one day, replacing what was there",
			description = "All optional: sleepHours and sittingHours (0-24 in half hours), sleepQuality (poor, fair, "
					+ "good), sleepPosition (back, side, front, mixed), mattress (firm, medium, soft), waterGlasses "
					+ "0-40, lifting, exerciseMinutes 0-1440, stress 0-10, alcoholUnits 0-100, notes, personal "
					+ "{name: true or false} for factors you defined.")
	DayView saveDay(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user, @PathVariable String date,
			@StrictJsonBody JsonNode body) {
		LocalDate day = day(date);
		requireWrite(user);
		return DayView.of(InvalidInputException.valueOf(this.diaries.saveDay(user, day, body)));
	}

	@PostMapping("/api/v1/diary/days/{date}/carry-forward")
	@Operation(summary = "Copy your latest earlier day's factors (within a week, notes aside) to this day")
	DayView carryForward(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@PathVariable String date) {
		LocalDate day = day(date);
		requireWrite(user);
		return this.diaries.carryForward(user, day)
			.map(DayView::of)
			.orElseThrow(() -> new NotFoundException("You logged no factors in the week before this day."));
	}

	@DeleteMapping("/api/v1/diary/days/{date}")
	@Operation(summary = "Delete your factors of one day")
	ResponseEntity<Void> deleteDay(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@PathVariable String date) {
		LocalDate day = day(date);
		requireWrite(user);
		if (!this.diaries.deleteDay(user, day)) {
			throw new NotFoundException(NO_DAY);
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/diary/factors")
	@Operation(summary = "The factors you defined yourself, by name")
	List<String> factors(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user) {
		return List.copyOf(this.diaries.personalFactors(user));
	}

	@PostMapping(path = "/api/v1/diary/factors", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Define a factor of your own, such as {\"name\":\"coffee\"}")
	ResponseEntity<Map<String, String>> addFactor(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@StrictJsonBody JsonNode body) {
		requireWrite(user);
		String name = InvalidInputException.valueOf(DiaryReader.factorName(body));
		if (!this.diaries.addPersonalFactor(user, name)) {
			throw new InvalidInputException(HttpStatus.CONFLICT,
					List.of(Violation.of("name", "diary.factor_exists", "you already have a factor of this name")));
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("name", name));
	}

	@DeleteMapping("/api/v1/diary/factors/{name}")
	@Operation(summary = "Delete a factor of your own, with what you logged for it")
	ResponseEntity<Void> deleteFactor(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@PathVariable String name) {
		requireWrite(user);
		if (!this.diaries.deletePersonalFactor(user, name)) {
			throw new NotFoundException("You have no factor of this name.");
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/diary/insights")
	@Operation(summary = "What the last year of your diary says about your triggers and treatments",
			description = "Each factor is compared on the same day and the day after; each treatment by the pain "
					+ "logged before and after it. Below the minimum data the answer says how much more to log.")
	InsightsView insights(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user) {
		return InsightsView.of(this.diaries.insights(user));
	}

	@GetMapping("/api/v1/diary/progress")
	@Operation(summary = "Whether you are getting better, and whether to see a clinician",
			description = "The pain you logged since your last assessment, judged against the change that matters, "
					+ "and the escalation rules: a warning sign logged since the assessment (triaged again at once), "
					+ "worsening, or no meaningful improvement once the self-care period is over. assessNow is true "
					+ "when you logged a warning sign and have no assessment to read it with: answer the questions.")
	ProgressView progress(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user) {
		return ProgressView.of(this.diaries.progress(user));
	}

	@GetMapping("/api/v1/diary/doses")
	@Operation(summary = "The dose check of the medicines in your diary",
			description = "Each dose-checked medicine you logged in the last 15 days, checked as POST "
					+ "/api/v1/medicines/check would for the person of your latest assessment: whether you may "
					+ "take more now, when, and how much. 404 when you have no assessment, since the limits "
					+ "depend on age, weight, history and pregnancy.")
	MedicineCheckResult doses(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user) {
		return this.diaries.doses(user)
			.orElseThrow(() -> new NotFoundException(
					"Answer the questions first: the dose limits depend on your age, weight, history and pregnancy."));
	}

	@GetMapping(path = "/api/v1/diary/entries.csv", produces = "text/csv")
	@Operation(summary = "Your diary entries as CSV, from one day to another (as for the list)")
	ResponseEntity<String> entriesCsv(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		Range range = range(user, from, to);
		return csv("diary-entries.csv", DiaryCsv.entries(this.diaries.entries(user, range.from(), range.to())));
	}

	@GetMapping(path = "/api/v1/diary/days.csv", produces = "text/csv")
	@Operation(summary = "Your daily factors as CSV, one column per factor of your own")
	ResponseEntity<String> daysCsv(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		Range range = range(user, from, to);
		return csv("diary-days.csv",
				DiaryCsv.days(this.diaries.days(user, range.from(), range.to()), this.diaries.personalFactors(user)));
	}

	@PostMapping(path = "/api/v1/diary/entries.csv", consumes = "text/csv")
	@Operation(summary = "Add the entries of a CSV file (as exported), all or none",
			description = "Columns as in the export; id and date are ignored. Every problem names its line and column.")
	ResponseEntity<Map<String, Integer>> importEntries(
			@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user, InputStream body) throws IOException {
		return importCsv(user, body, (reader) -> this.diaries.importEntries(user, reader));
	}

	@PostMapping(path = "/api/v1/diary/days.csv", consumes = "text/csv")
	@Operation(summary = "Set the daily factors of a CSV file (as exported), all or none",
			description = "A personal:name column makes that factor of your own if you have none of that name.")
	ResponseEntity<Map<String, Integer>> importDays(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			InputStream body) throws IOException {
		return importCsv(user, body, (reader) -> this.diaries.importDays(user, reader));
	}

	private ResponseEntity<Map<String, Integer>> importCsv(AccountUser user, InputStream body,
			Function<Reader, Checked<Integer>> importer) throws IOException {
		requireWrite(user);
		byte[] bytes = body.readNBytes(DiaryCsv.MAX_BYTES + 1);
		if (bytes.length > DiaryCsv.MAX_BYTES) {
			throw new InvalidInputException(HttpStatus.CONTENT_TOO_LARGE, List.of(Violation.of("$", "csv.too_large",
					"is larger than {0} bytes; send the file in parts", DiaryCsv.MAX_BYTES)));
		}
		int imported = InvalidInputException
			.valueOf(importer.apply(new StringReader(new String(bytes, StandardCharsets.UTF_8))));
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("imported", imported));
	}

	private static ResponseEntity<String> csv(String fileName, String body) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
			.body(body);
	}

	/** A stretch of days as asked for, checked. */
	record Range(LocalDate from, LocalDate to) {
	}

	private Range range(AccountUser user, String from, String to) {
		LocalDate end = (to != null)
				? Diaries.date(to)
					.orElseThrow(() -> bad("to", "date.invalid", "must be a date such as {0}", "2026-12-04"))
				: this.diaries.today(user);
		LocalDate start = (from != null)
				? Diaries.date(from)
					.orElseThrow(() -> bad("from", "date.invalid", "must be a date such as {0}", "2026-12-04"))
				: end.minusDays(DEFAULT_DAYS - 1);
		if (start.isAfter(end)) {
			throw bad("from", "date.after_to", "must not be after to");
		}
		if (start.plusDays(MAX_DAYS).isBefore(end.plusDays(1))) {
			throw bad("from", "date.range_too_long", "is more than {0} days before to; ask in parts", MAX_DAYS);
		}
		return new Range(start, end);
	}

	/** A day in a path; a bad one answers 400 naming {@code date}. */
	private static LocalDate day(String text) {
		return Diaries.date(text)
			.orElseThrow(() -> bad("date", "date.invalid", "must be a date such as {0}", "2026-12-04"));
	}

	private void requireWrite(AccountUser user) {
		if (!this.diaries.mayWrite(user)) {
			throw new InvalidInputException(HttpStatus.FORBIDDEN,
					List.of(Violation.of("$", "sign_in.read_only", "this sign-in may only read")));
		}
	}

	private static InvalidInputException bad(String field, String code, String englishPattern, Object... arguments) {
		return new InvalidInputException(List.of(Violation.of(field, code, englishPattern, arguments)));
	}

}
