package org.backstop.app.diary;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

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
import org.backstop.app.system.Ids;
import org.backstop.app.system.JsonRequests;
import org.backstop.app.system.Problems;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/**
 * The signed-in person's diary over the API: entries under {@code /api/v1/diary/entries},
 * daily factors under {@code /api/v1/diary/days/{date}}, personal factors under
 * {@code /api/v1/diary/factors}, and insights. Someone else's entry answers 404, exactly
 * as one that does not exist. A read token may read; changes need the write scope.
 */
@RestController
class DiaryController {

	private static final String NO_ENTRY = "You have no diary entry with this id.";

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
	ResponseEntity<?> entries(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		return withRange(user, from, to, (range) -> ResponseEntity
			.ok(this.diaries.entries(user, range.from(), range.to()).stream().map(EntryView::of).toList()));
	}

	@PostMapping(path = "/api/v1/diary/entries", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Log a diary entry",
			description = "All optional but at least one of pain, spasms, treatments, medicines, symptoms, notes: "
					+ "{\"spasms\":1,\"pain\":6} is a whole entry. at (date and time with offset; default now), "
					+ "timeZone (IANA; default the zone of your latest entry, else UTC), pain 0-10, spasms 0-100, "
					+ "region and mobility (the assessment's codes), treatments [{name, painBefore, painAfter}], "
					+ "medicines [{medicine, mg}], symptoms and symptomsNotSure (the assessment's codes), notes.")
	ResponseEntity<?> create(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user, InputStream body)
			throws IOException {
		if (!this.diaries.mayWrite(user)) {
			return readOnly();
		}
		return JsonRequests.handle(body, (tree) -> {
			Checked<DiaryEntry> created = this.diaries.create(user, tree);
			if (!created.isValid()) {
				return Problems.invalidInput(created.violations());
			}
			return ResponseEntity.created(URI.create("/api/v1/diary/entries/" + created.value().id()))
				.body(EntryView.of(created.value()));
		});
	}

	@GetMapping("/api/v1/diary/entries/{id}")
	@Operation(summary = "One of your diary entries")
	ResponseEntity<?> entry(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@PathVariable String id) {
		return Ids.parse(id)
			.flatMap((uuid) -> this.diaries.entry(user, uuid))
			.<ResponseEntity<?>>map((entry) -> ResponseEntity.ok(EntryView.of(entry)))
			.orElseGet(() -> Problems.notFound(NO_ENTRY));
	}

	@PutMapping(path = "/api/v1/diary/entries/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace one of your diary entries with the fields sent; without at it keeps its time")
	ResponseEntity<?> update(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@PathVariable String id, InputStream body) throws IOException {
		Optional<UUID> uuid = Ids.parse(id);
		if (uuid.isEmpty()) {
			return Problems.notFound(NO_ENTRY);
		}
		return JsonRequests.handle(body, (tree) -> this.diaries.update(user, uuid.get(), tree)
			.<ResponseEntity<?>>map((updated) -> updated.isValid() ? ResponseEntity.ok(EntryView.of(updated.value()))
					: Problems.invalidInput(updated.violations()))
			.orElseGet(() -> Problems.notFound(NO_ENTRY)));
	}

	@DeleteMapping("/api/v1/diary/entries/{id}")
	@Operation(summary = "Delete one of your diary entries")
	ResponseEntity<?> delete(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@PathVariable String id) {
		boolean deleted = Ids.parse(id).map((uuid) -> this.diaries.delete(user, uuid)).orElse(false);
		return deleted ? ResponseEntity.noContent().build() : Problems.notFound(NO_ENTRY);
	}

	@GetMapping("/api/v1/diary/days")
	@Operation(summary = "Your daily factors from one day to another, oldest first; days not logged are left out")
	ResponseEntity<?> days(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		return withRange(user, from, to, (range) -> ResponseEntity
			.ok(this.diaries.days(user, range.from(), range.to()).stream().map(DayView::of).toList()));
	}

	@GetMapping("/api/v1/diary/days/{date}")
	@Operation(summary = "Your factors of one day, such as 2026-12-04")
	ResponseEntity<?> day(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@PathVariable String date) {
		return date(date).flatMap((day) -> this.diaries.day(user, day))
			.<ResponseEntity<?>>map((day) -> ResponseEntity.ok(DayView.of(day)))
			.orElseGet(() -> Problems.notFound("You have logged no factors for this day."));
	}

	@PutMapping(path = "/api/v1/diary/days/{date}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set your factors of one day, replacing what was there",
			description = "All optional: sleepHours and sittingHours (0-24 in half hours), sleepQuality (poor, fair, "
					+ "good), sleepPosition (back, side, front, mixed), mattress (firm, medium, soft), waterGlasses "
					+ "0-40, lifting, exerciseMinutes 0-1440, stress 0-10, alcoholUnits 0-100, notes, personal "
					+ "{name: true or false} for factors you defined.")
	ResponseEntity<?> saveDay(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@PathVariable String date, InputStream body) throws IOException {
		Optional<LocalDate> day = date(date);
		if (day.isEmpty()) {
			return badDate();
		}
		if (!this.diaries.mayWrite(user)) {
			return readOnly();
		}
		return JsonRequests.handle(body, (tree) -> {
			Checked<DayFactors> saved = this.diaries.saveDay(user, day.get(), tree);
			return saved.isValid() ? ResponseEntity.ok(DayView.of(saved.value()))
					: Problems.invalidInput(saved.violations());
		});
	}

	@PostMapping("/api/v1/diary/days/{date}/carry-forward")
	@Operation(summary = "Copy your latest earlier day's factors (within a week, notes aside) to this day")
	ResponseEntity<?> carryForward(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@PathVariable String date) {
		Optional<LocalDate> day = date(date);
		if (day.isEmpty()) {
			return badDate();
		}
		if (!this.diaries.mayWrite(user)) {
			return readOnly();
		}
		return this.diaries.carryForward(user, day.get())
			.<ResponseEntity<?>>map((copied) -> ResponseEntity.ok(DayView.of(copied)))
			.orElseGet(() -> Problems.notFound("You logged no factors in the week before this day."));
	}

	@DeleteMapping("/api/v1/diary/days/{date}")
	@Operation(summary = "Delete your factors of one day")
	ResponseEntity<?> deleteDay(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@PathVariable String date) {
		boolean deleted = this.diaries.mayWrite(user)
				&& date(date).map((day) -> this.diaries.deleteDay(user, day)).orElse(false);
		return deleted ? ResponseEntity.noContent().build()
				: Problems.notFound("You have logged no factors for this day.");
	}

	@GetMapping("/api/v1/diary/factors")
	@Operation(summary = "The factors you defined yourself, by name")
	List<String> factors(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user) {
		return List.copyOf(this.diaries.personalFactors(user));
	}

	@PostMapping(path = "/api/v1/diary/factors", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Define a factor of your own, such as {\"name\":\"coffee\"}")
	ResponseEntity<?> addFactor(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user, InputStream body)
			throws IOException {
		if (!this.diaries.mayWrite(user)) {
			return readOnly();
		}
		return JsonRequests.handle(body, (tree) -> {
			Checked<String> name = DiaryReader.factorName(tree);
			if (!name.isValid()) {
				return Problems.invalidInput(name.violations());
			}
			if (!this.diaries.addPersonalFactor(user, name.value())) {
				return Problems.invalidInput(HttpStatus.CONFLICT,
						List.of(new Violation("name", "you already have a factor of this name")));
			}
			return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("name", name.value()));
		});
	}

	@DeleteMapping("/api/v1/diary/factors/{name}")
	@Operation(summary = "Delete a factor of your own, with what you logged for it")
	ResponseEntity<?> deleteFactor(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@PathVariable String name) {
		boolean deleted = this.diaries.mayWrite(user) && this.diaries.deletePersonalFactor(user, name);
		return deleted ? ResponseEntity.noContent().build() : Problems.notFound("You have no factor of this name.");
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

	@GetMapping(path = "/api/v1/diary/entries.csv", produces = "text/csv")
	@Operation(summary = "Your diary entries as CSV, from one day to another (as for the list)")
	ResponseEntity<?> entriesCsv(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		return withRange(user, from, to, (range) -> csv("diary-entries.csv",
				DiaryCsv.entries(this.diaries.entries(user, range.from(), range.to()))));
	}

	@GetMapping(path = "/api/v1/diary/days.csv", produces = "text/csv")
	@Operation(summary = "Your daily factors as CSV, one column per factor of your own")
	ResponseEntity<?> daysCsv(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		return withRange(user, from, to, (range) -> csv("diary-days.csv",
				DiaryCsv.days(this.diaries.days(user, range.from(), range.to()), this.diaries.personalFactors(user))));
	}

	@PostMapping(path = "/api/v1/diary/entries.csv", consumes = "text/csv")
	@Operation(summary = "Add the entries of a CSV file (as exported), all or none",
			description = "Columns as in the export; id and date are ignored. Every problem names its line and column.")
	ResponseEntity<?> importEntries(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			InputStream body) throws IOException {
		return importCsv(user, body, (reader) -> this.diaries.importEntries(user, reader));
	}

	@PostMapping(path = "/api/v1/diary/days.csv", consumes = "text/csv")
	@Operation(summary = "Set the daily factors of a CSV file (as exported), all or none",
			description = "A personal:name column makes that factor of your own if you have none of that name.")
	ResponseEntity<?> importDays(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user, InputStream body)
			throws IOException {
		return importCsv(user, body, (reader) -> this.diaries.importDays(user, reader));
	}

	private ResponseEntity<?> importCsv(AccountUser user, InputStream body,
			java.util.function.Function<java.io.Reader, Checked<Integer>> importer) throws IOException {
		if (!this.diaries.mayWrite(user)) {
			return readOnly();
		}
		byte[] bytes = body.readNBytes(DiaryCsv.MAX_BYTES + 1);
		if (bytes.length > DiaryCsv.MAX_BYTES) {
			return Problems.invalidInput(HttpStatus.CONTENT_TOO_LARGE, List
				.of(new Violation("$", "is larger than " + DiaryCsv.MAX_BYTES + " bytes; send the file in parts")));
		}
		Checked<Integer> imported = importer
			.apply(new java.io.StringReader(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
		return imported.isValid() ? ResponseEntity.status(HttpStatus.CREATED).body(Map.of("imported", imported.value()))
				: Problems.invalidInput(imported.violations());
	}

	private static ResponseEntity<?> csv(String fileName, String body) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
			.body(body);
	}

	/** A stretch of days as asked for, checked. */
	record Range(LocalDate from, LocalDate to) {
	}

	private ResponseEntity<?> withRange(AccountUser user, String from, String to,
			java.util.function.Function<Range, ResponseEntity<?>> answer) {
		LocalDate today = this.diaries.today(user);
		Optional<LocalDate> end = (to != null) ? date(to) : Optional.of(today);
		if (end.isEmpty()) {
			return Problems.invalidInput(List.of(new Violation("to", "must be a date such as 2026-12-04")));
		}
		Optional<LocalDate> start = (from != null) ? date(from) : Optional.of(end.get().minusDays(DEFAULT_DAYS - 1));
		if (start.isEmpty()) {
			return Problems.invalidInput(List.of(new Violation("from", "must be a date such as 2026-12-04")));
		}
		if (start.get().isAfter(end.get())) {
			return Problems.invalidInput(List.of(new Violation("from", "must not be after to")));
		}
		if (start.get().plusDays(MAX_DAYS).isBefore(end.get().plusDays(1))) {
			return Problems.invalidInput(
					List.of(new Violation("from", "is more than " + MAX_DAYS + " days before to; ask in parts")));
		}
		return answer.apply(new Range(start.get(), end.get()));
	}

	static Optional<LocalDate> date(String text) {
		try {
			LocalDate date = LocalDate.parse(text);
			return date.isBefore(Diaries.FIRST_DAY) || date.isAfter(Diaries.LAST_DAY) ? Optional.empty()
					: Optional.of(date);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static ResponseEntity<?> badDate() {
		return Problems.invalidInput(List.of(new Violation("date", "must be a date such as 2026-12-04")));
	}

	private static ResponseEntity<?> readOnly() {
		return Problems.invalidInput(HttpStatus.FORBIDDEN, List.of(new Violation("$", "this sign-in may only read")));
	}

}
