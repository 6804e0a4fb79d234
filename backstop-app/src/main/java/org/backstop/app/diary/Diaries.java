package org.backstop.app.diary;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.backstop.app.assessment.AssessmentHistory;
import org.backstop.app.audit.AuditAction;
import org.backstop.app.audit.AuditTrail;
import org.backstop.app.privacy.ExportSection;
import org.backstop.app.security.AccountUser;
import org.backstop.app.security.HealthDataAccess;
import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.AssessmentReader;
import org.backstop.core.assessment.Question;
import org.backstop.core.medicine.DoseGuard;
import org.backstop.core.medicine.MedicineCheckRequest;
import org.backstop.core.medicine.MedicineCheckResult;
import org.backstop.core.medicine.TakenDose;
import org.backstop.core.json.StrictJson;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;
import org.backstop.core.progress.DatedScore;
import org.backstop.core.progress.Diary;
import org.backstop.core.progress.Escalation;
import org.backstop.core.progress.EscalationRules;
import org.backstop.core.progress.LoggedSymptom;
import org.backstop.core.progress.Progress;
import org.backstop.core.progress.Trend;
import org.backstop.core.questionnaire.Instruments;

/**
 * A person's diary. Every call checks that the caller may see or change the owner's data
 * (anything else is "not found") and leaves an audit entry in the same transaction. The
 * diary joins the account export and goes with the account when it is deleted.
 */
@Service
class Diaries implements ExportSection {

	static final String ENTRY = "diary_entry";

	static final String DAY = "diary_day";

	static final String FACTOR = "diary_factor";

	static final String INSIGHTS = "diary_insights";

	static final String PROGRESS = "diary_progress";

	/** The zone before any entry names one; said "UTC", not "Z", on pages. */
	private static final ZoneId UTC = ZoneId.of("UTC");

	static final String DOSES = "diary_doses";

	/**
	 * Days of medicines the dose check reads: more than its longest look back (days of
	 * use in the last two weeks).
	 */
	static final int DOSE_DAYS = DoseGuard.DAYS_OF_USE_PERIODS + 1;

	/** Insights read the last year: old habits should not outvote new ones forever. */
	static final int INSIGHT_DAYS = 365;

	/** The first and last days any diary can hold, as the JSON reader allows. */
	static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);

	static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

	private final DiaryRepository diary;

	private final HealthDataAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	private final AssessmentHistory history;

	Diaries(DiaryRepository diary, HealthDataAccess access, AuditTrail audit, Clock clock, AssessmentHistory history) {
		this.diary = diary;
		this.history = history;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether this sign-in may change the caller's own diary (a read token may not). */
	boolean mayWrite(AccountUser caller) {
		return this.access.mayChange(caller, caller.id());
	}

	@Transactional
	List<DiaryEntry> entries(AccountUser caller, LocalDate from, LocalDate to) {
		if (!this.access.mayRead(caller, caller.id())) {
			return List.of();
		}
		this.audit.record(caller.id(), caller, AuditAction.LIST, ENTRY, null);
		return this.diary.findByAccount(caller.id(), from, to);
	}

	@Transactional
	Optional<DiaryEntry> entry(AccountUser caller, UUID id) {
		Optional<DiaryEntry> found = this.diary.findById(id).filter((e) -> this.access.mayRead(caller, e.accountId()));
		found.ifPresent((e) -> this.audit.record(e.accountId(), caller, AuditAction.READ, ENTRY, e.id()));
		return found;
	}

	/** A day as the diary takes it (ISO, within the diary's years), or empty. */
	static Optional<LocalDate> date(String text) {
		try {
			LocalDate date = LocalDate.parse(text);
			return (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) ? Optional.empty() : Optional.of(date);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** The zone an entry without one is in: that of the latest entry, else UTC. */
	ZoneId defaultZone(AccountUser caller) {
		return defaultZone(caller.id());
	}

	private ZoneId defaultZone(UUID ownerId) {
		return this.diary.latestZone(ownerId).orElse(UTC);
	}

	/** The person's today, in the zone of their latest entry. */
	LocalDate today(AccountUser caller) {
		return todayOf(caller.id());
	}

	private LocalDate todayOf(UUID ownerId) {
		return LocalDate.now(this.clock.withZone(defaultZone(ownerId)));
	}

	@Transactional
	Checked<DiaryEntry> create(AccountUser caller, JsonNode tree) {
		Checked<DiaryEntry.Details> details = DiaryReader.entry(tree, this.clock.instant(), defaultZone(caller));
		if (!details.isValid()) {
			return Checked.invalid(details.violations());
		}
		return Checked.valid(create(caller, details.value()));
	}

	DiaryEntry create(AccountUser caller, DiaryEntry.Details details) {
		Instant now = this.clock.instant();
		DiaryEntry entry = new DiaryEntry(UUID.randomUUID(), caller.id(), details, now, now);
		this.diary.insert(entry);
		this.audit.record(caller.id(), caller, AuditAction.CREATE, ENTRY, entry.id());
		return entry;
	}

	/**
	 * Replaces an entry with what is sent; empty when the caller has no such entry, in
	 * which case the input is not looked at. A replacement without {@code at} keeps the
	 * entry's moment and zone.
	 */
	@Transactional
	Optional<Checked<DiaryEntry>> update(AccountUser caller, UUID id, JsonNode tree) {
		Optional<DiaryEntry> found = this.diary.findById(id)
			.filter((e) -> this.access.mayChange(caller, e.accountId()));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		DiaryEntry old = found.get();
		Checked<DiaryEntry.Details> read = DiaryReader.entry(tree, this.clock.instant(), old.what().timeZone());
		if (!read.isValid()) {
			return Optional.of(Checked.invalid(read.violations()));
		}
		DiaryEntry.Details details = read.value();
		if (tree.get("at") == null || tree.get("at").isNull()) {
			details = new DiaryEntry.Details(old.what().loggedAt(), details.timeZone(), details.pain(),
					details.spasms(), details.region(), details.mobility(), details.treatments(), details.medicines(),
					details.symptoms(), details.symptomsNotSure(), details.notes());
		}
		DiaryEntry changed = new DiaryEntry(old.id(), old.accountId(), details, old.createdAt(), this.clock.instant());
		this.diary.update(changed);
		this.audit.record(old.accountId(), caller, AuditAction.UPDATE, ENTRY, old.id());
		return Optional.of(Checked.valid(changed));
	}

	@Transactional
	boolean delete(AccountUser caller, UUID id) {
		Optional<DiaryEntry> found = this.diary.findById(id)
			.filter((e) -> this.access.mayChange(caller, e.accountId()));
		if (found.isEmpty() || !this.diary.delete(id, found.get().accountId())) {
			return false;
		}
		this.audit.record(found.get().accountId(), caller, AuditAction.DELETE, ENTRY, id);
		return true;
	}

	@Transactional
	Optional<DayFactors> day(AccountUser caller, LocalDate date) {
		if (!this.access.mayRead(caller, caller.id())) {
			return Optional.empty();
		}
		Optional<DayFactors> day = this.diary.findDay(caller.id(), date);
		day.ifPresent((d) -> this.audit.record(caller.id(), caller, AuditAction.READ, DAY, null));
		return day;
	}

	@Transactional
	List<DayFactors> days(AccountUser caller, LocalDate from, LocalDate to) {
		if (!this.access.mayRead(caller, caller.id())) {
			return List.of();
		}
		this.audit.record(caller.id(), caller, AuditAction.LIST, DAY, null);
		return this.diary.days(caller.id(), from, to);
	}

	@Transactional
	Checked<DayFactors> saveDay(AccountUser caller, LocalDate date, JsonNode tree) {
		Checked<DayFactors> day = DiaryReader.day(tree, date, this.diary.personalFactors(caller.id()));
		if (day.isValid()) {
			saveDay(caller, day.value());
		}
		return day;
	}

	void saveDay(AccountUser caller, DayFactors day) {
		this.diary.saveDay(caller.id(), day, this.clock.instant());
		this.audit.record(caller.id(), caller, AuditAction.UPDATE, DAY, null);
	}

	/**
	 * Copies the latest earlier day's factors (notes aside) to {@code date}; empty when
	 * there is no earlier day within a week.
	 */
	@Transactional
	Optional<DayFactors> carryForward(AccountUser caller, LocalDate date) {
		List<DayFactors> earlier = this.diary.days(caller.id(), date.minusDays(7), date.minusDays(1));
		if (earlier.isEmpty()) {
			return Optional.empty();
		}
		DayFactors copy = earlier.get(earlier.size() - 1).on(date);
		saveDay(caller, copy);
		return Optional.of(copy);
	}

	@Transactional
	boolean deleteDay(AccountUser caller, LocalDate date) {
		if (!this.diary.deleteDay(caller.id(), date)) {
			return false;
		}
		this.audit.record(caller.id(), caller, AuditAction.DELETE, DAY, null);
		return true;
	}

	Set<String> personalFactors(AccountUser caller) {
		return this.access.mayRead(caller, caller.id()) ? this.diary.personalFactors(caller.id()) : Set.of();
	}

	@Transactional
	boolean addPersonalFactor(AccountUser caller, String name) {
		boolean added = this.diary.addPersonalFactor(caller.id(), name, this.clock.instant());
		if (added) {
			this.audit.record(caller.id(), caller, AuditAction.CREATE, FACTOR, null);
		}
		return added;
	}

	@Transactional
	boolean deletePersonalFactor(AccountUser caller, String name) {
		boolean deleted = this.diary.deletePersonalFactor(caller.id(), name);
		if (deleted) {
			this.audit.record(caller.id(), caller, AuditAction.DELETE, FACTOR, null);
		}
		return deleted;
	}

	/** What the last year of the caller's diary says about triggers and treatments. */
	@Transactional
	DiaryInsights insights(AccountUser caller) {
		if (!this.access.mayRead(caller, caller.id())) {
			return DiaryInsights.of(List.of(), List.of());
		}
		this.audit.record(caller.id(), caller, AuditAction.READ, INSIGHTS, null);
		return insightsOf(caller.id());
	}

	/**
	 * What the last year of the owner's diary says; the caller has checked access and
	 * records the read.
	 */
	DiaryInsights insightsOf(UUID ownerId) {
		LocalDate today = todayOf(ownerId);
		LocalDate from = today.minusDays(INSIGHT_DAYS - 1);
		return DiaryInsights.of(this.diary.findByAccount(ownerId, from, today), this.diary.days(ownerId, from, today));
	}

	/**
	 * Progress and escalation: the pain logged, day by day (the mean of each day's
	 * scores), read with the caller's latest assessment by the core's escalation rules.
	 */
	@Transactional
	ProgressReport progress(AccountUser caller) {
		boolean mayRead = this.access.mayRead(caller, caller.id());
		if (mayRead) {
			this.audit.record(caller.id(), caller, AuditAction.READ, PROGRESS, null);
		}
		return progressOf(caller.id(), mayRead, this.history.latest(caller));
	}

	/**
	 * The owner's progress, read with this assessment (or none); the caller has checked
	 * access and records the read.
	 * @param withEntries whether the diary's entries may be read
	 */
	ProgressReport progressOf(UUID ownerId, boolean withEntries, Optional<AssessmentHistory.Latest> latest) {
		LocalDate today = todayOf(ownerId);
		ZoneId zone = defaultZone(ownerId);
		List<DiaryEntry> entries = withEntries
				? this.diary.findByAccount(ownerId, today.minusDays(INSIGHT_DAYS - 1), today) : List.of();
		Map<LocalDate, double[]> painByDay = new TreeMap<>();
		List<LoggedSymptom> logged = new ArrayList<>();
		for (DiaryEntry entry : entries) {
			DiaryEntry.Details d = entry.what();
			if (d.pain() != null) {
				double[] sumAndCount = painByDay.computeIfAbsent(entry.localDate(), (k) -> new double[2]);
				sumAndCount[0] += d.pain();
				sumAndCount[1]++;
			}
			d.symptoms().forEach((s) -> logged.add(LoggedSymptom.present(entry.localDate(), s)));
			d.symptomsNotSure().forEach((s) -> logged.add(LoggedSymptom.notSure(entry.localDate(), s)));
		}
		List<DatedScore> scores = new ArrayList<>();
		painByDay.forEach((day, sum) -> scores.add(new DatedScore(day, sum[0] / sum[1])));
		Optional<AssessmentInput> last = latest.flatMap(Diaries::input);
		Optional<LocalDate> assessedOn = latest.map((a) -> a.createdAt().atZone(zone).toLocalDate());
		if (last.isEmpty() || assessedOn.isEmpty() || assessedOn.get().isAfter(today)) {
			LocalDate since = scores.isEmpty() ? today : scores.get(0).date();
			return new ProgressReport(today, trend(scores).orElse(null), List.of(), false, !logged.isEmpty(), since,
					scores);
		}
		LocalDate since = assessedOn.get();
		List<DatedScore> sinceSelfCare = scores.stream().filter((s) -> !s.date().isBefore(since)).toList();
		Diary diary = new Diary(Instruments.NRS, scores, since, last.get(), since, logged);
		List<Escalation> escalations = EscalationRules.review(diary, today).toOptional().orElseThrow();
		boolean warningSign = logged.stream().anyMatch((l) -> !l.date().isBefore(since));
		return new ProgressReport(today, trend(sinceSelfCare).orElse(null), escalations, true, warningSign, since,
				scores);
	}

	/**
	 * The dose check of the medicines logged in the diary, for the person of the latest
	 * assessment (age, weight, history, pregnancy), at now; empty without an assessment,
	 * since the limits depend on who takes them. A blank pregnancy answer is read the
	 * cautious way, as the plan reads it: possibly pregnant, and then as late.
	 */
	@Transactional
	Optional<MedicineCheckResult> doses(AccountUser caller) {
		Optional<MedicineCheckResult> checked = dosesOf(caller.id(), this.history.latest(caller));
		checked.ifPresent((c) -> this.audit.record(caller.id(), caller, AuditAction.READ, DOSES, null));
		return checked;
	}

	/**
	 * The dose check of the owner's logged medicines for the person of this assessment;
	 * the caller has checked access and records the read.
	 */
	Optional<MedicineCheckResult> dosesOf(UUID ownerId, Optional<AssessmentHistory.Latest> latest) {
		Optional<AssessmentInput> person = latest.flatMap(Diaries::input);
		if (person.isEmpty()) {
			return Optional.empty();
		}
		AssessmentInput p = person.get();
		LocalDate today = todayOf(ownerId);
		List<TakenDose> taken = new ArrayList<>();
		for (DiaryEntry entry : this.diary.findByAccount(ownerId, today.minusDays(DOSE_DAYS), today)) {
			entry.what()
				.medicines()
				.stream()
				.filter((m) -> m.medicine().isDoseChecked())
				.forEach((m) -> taken.add(new TakenDose(m.medicine(), m.mg(), entry.what().loggedAt(), null)));
		}
		boolean pregnant = p.maybePregnant() || p.notSure().questions().contains(Question.PREGNANT);
		Integer weeks = !pregnant ? null
				: (p.pregnancyWeeks() != null) ? p.pregnancyWeeks() : AssessmentInput.LATEST_PREGNANCY_WEEK;
		return Optional.of(DoseGuard.check(new MedicineCheckRequest(p.age(), p.weightKg(), p.history(), pregnant, weeks,
				this.clock.instant(), taken)));
	}

	private static Optional<Trend> trend(List<DatedScore> scores) {
		return (scores.size() < Progress.MIN_DAYS) ? Optional.empty()
				: Progress.of(Instruments.NRS, scores).toOptional();
	}

	/**
	 * A stored assessment's input, read again; empty if the contract no longer reads it.
	 */
	private static Optional<AssessmentInput> input(AssessmentHistory.Latest latest) {
		return StrictJson.parse(latest.inputJson().getBytes(StandardCharsets.UTF_8), StrictJson.MAX_DOCUMENT_BYTES)
			.toOptional()
			.flatMap((tree) -> AssessmentReader.read(tree).toOptional());
	}

	/**
	 * Adds every entry of a CSV file, or none: each row is read as the API reads an
	 * entry, and every problem is named by its line and column.
	 */
	@Transactional
	Checked<Integer> importEntries(AccountUser caller, Reader csv) {
		Checked<List<DiaryCsv.Row>> rows = DiaryCsv.readEntries(csv);
		if (!rows.isValid()) {
			return Checked.invalid(rows.violations());
		}
		Instant now = this.clock.instant();
		ZoneId zone = defaultZone(caller);
		List<Violation> problems = new ArrayList<>();
		List<DiaryEntry.Details> read = new ArrayList<>();
		for (DiaryCsv.Row row : rows.value()) {
			Checked<DiaryEntry.Details> details = DiaryReader.entry(row.json(), now, zone);
			details.violations().forEach((v) -> problems.add(atLine(row, v)));
			details.toOptional().ifPresent(read::add);
		}
		if (!problems.isEmpty()) {
			return Checked.invalid(problems);
		}
		read.forEach((details) -> create(caller, details));
		return Checked.valid(read.size());
	}

	/**
	 * Sets the factors of every day in a CSV file, or of none; a day already logged is
	 * replaced. A {@code personal:} column makes the factor when the person has none of
	 * that name.
	 */
	@Transactional
	Checked<Integer> importDays(AccountUser caller, Reader csv) {
		Checked<List<DiaryCsv.Row>> rows = DiaryCsv.readDays(csv);
		if (!rows.isValid()) {
			return Checked.invalid(rows.violations());
		}
		Set<String> names = new TreeSet<>(this.diary.personalFactors(caller.id()));
		names.addAll(DiaryCsv.personalColumns(rows.value()));
		List<Violation> problems = new ArrayList<>();
		List<DayFactors> read = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		for (DiaryCsv.Row row : rows.value()) {
			Optional<LocalDate> date = (row.date() != null) ? date(row.date()) : Optional.empty();
			if (date.isEmpty()) {
				problems
					.add(atLine(row, Violation.of("date", "date.invalid", "must be a date such as {0}", "2026-12-04")));
				continue;
			}
			if (!seen.add(date.get())) {
				problems.add(atLine(row, Violation.of("date", "csv.date_repeated", "appears on an earlier line too")));
				continue;
			}
			Checked<DayFactors> day = DiaryReader.day(row.json(), date.get(), names);
			day.violations().forEach((v) -> problems.add(atLine(row, v)));
			day.toOptional().ifPresent(read::add);
		}
		if (!problems.isEmpty()) {
			return Checked.invalid(problems);
		}
		Instant now = this.clock.instant();
		DiaryCsv.personalColumns(rows.value()).forEach((name) -> this.diary.addPersonalFactor(caller.id(), name, now));
		read.forEach((day) -> saveDay(caller, day));
		return Checked.valid(read.size());
	}

	private static Violation atLine(DiaryCsv.Row row, Violation violation) {
		return violation.at("line " + row.line() + ", " + violation.field());
	}

	@Override
	public String name() {
		return "diary";
	}

	@Override
	public Object contentFor(UUID accountId) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("entries", this.diary.findByAccount(accountId).stream().map(EntryView::of).toList());
		content.put("days", this.diary.days(accountId, FIRST_DAY, LAST_DAY).stream().map(DayView::of).toList());
		content.put("personalFactors", this.diary.personalFactors(accountId));
		return content;
	}

}
