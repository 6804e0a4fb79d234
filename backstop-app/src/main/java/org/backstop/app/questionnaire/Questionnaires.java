package org.backstop.app.questionnaire;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.backstop.app.audit.AuditAction;
import org.backstop.app.audit.AuditTrail;
import org.backstop.app.privacy.ExportSection;
import org.backstop.app.security.AccountUser;
import org.backstop.app.security.HealthDataAccess;
import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;
import org.backstop.core.progress.DatedScore;
import org.backstop.core.progress.Progress;
import org.backstop.core.progress.Trend;
import org.backstop.core.questionnaire.Instrument;
import org.backstop.core.questionnaire.Instruments;
import org.backstop.core.questionnaire.Score;
import org.backstop.core.questionnaire.Use;

/**
 * A person's questionnaires: answering one (scored by the core), their past answers with
 * the trend, and when each is next due. Ownership is checked and every read and change
 * audited, as for the rest of a person's health data.
 */
@Service
class Questionnaires implements ExportSection {

	static final String RESOURCE = "questionnaire_response";

	private static final Set<String> FIELDS = Set.of("answers", "date");

	private final ResponseRepository responses;

	private final HealthDataAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	Questionnaires(ResponseRepository responses, HealthDataAccess access, AuditTrail audit, Clock clock) {
		this.responses = responses;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	boolean mayWrite(AccountUser caller) {
		return this.access.mayChange(caller, caller.id());
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

	/**
	 * Scores and stores one set of answers; {@code date} (the person's day) defaults to
	 * today in UTC.
	 */
	@Transactional
	Checked<Response> answer(AccountUser caller, Instrument instrument, JsonNode tree) {
		JsonFields fields = new JsonFields("", new ArrayList<>());
		if (instrument.use() == Use.CLINICIAN_ENTERED) {
			return Checked.invalid(List.of(Violation.of("instrument", "questionnaire.clinician_only",
					"{0} is entered by a clinician who holds the form; its licence does not allow Backstop to ask it",
					instrument.spokenName())));
		}
		if (!fields.requireObject(tree, "answers, and the date when not today")) {
			return Checked.invalid(fields.violations());
		}
		fields.rejectUnknown(tree, FIELDS);
		LocalDate date = date(fields, tree);
		Map<String, Integer> answers = new LinkedHashMap<>();
		JsonFields answerFields = fields.object(tree, Instrument.ANSWERS, true,
				Set.copyOf(instrument.items().stream().map((item) -> item.id()).toList()));
		if (answerFields != null) {
			JsonNode node = tree.get(Instrument.ANSWERS);
			for (var item : instrument.items()) {
				Integer value = answerFields.optionalInt(node, item.id(), item.min(), item.max());
				if (value != null) {
					answers.put(item.id(), value);
				}
			}
		}
		if (!fields.violations().isEmpty()) {
			return Checked.invalid(fields.violations());
		}
		Checked<Score> score = instrument.score(answers);
		if (!score.isValid()) {
			return Checked.invalid(score.violations());
		}
		Response response = new Response(UUID.randomUUID(), caller.id(), instrument.id(), date, answers,
				score.value().value(), (score.value().band() != null) ? score.value().band().code() : null,
				this.clock.instant());
		this.responses.insert(response);
		this.audit.record(caller.id(), caller, AuditAction.CREATE, RESOURCE, response.id());
		return Checked.valid(response);
	}

	private LocalDate date(JsonFields fields, JsonNode tree) {
		String text = fields.optionalText(tree, "date", 10);
		if (text == null) {
			return today();
		}
		try {
			LocalDate date = LocalDate.parse(text);
			if (date.isAfter(today().plusDays(1))) {
				fields.fail("date", "date.in_future", "is in the future");
			}
			return date;
		}
		catch (java.time.DateTimeException ex) {
			fields.fail("date", "date.invalid", "must be a date such as {0}", "2026-12-04");
			return null;
		}
	}

	/** The caller's answers to one instrument, oldest first. */
	@Transactional
	List<Response> responses(AccountUser caller, Instrument instrument) {
		if (!this.access.mayRead(caller, caller.id())) {
			return List.of();
		}
		this.audit.record(caller.id(), caller, AuditAction.LIST, RESOURCE, null);
		return this.responses.findByAccount(caller.id(), instrument.id());
	}

	/** The trend of these responses, where the instrument measures change. */
	static Optional<Trend> trend(Instrument instrument, List<Response> responses) {
		if (instrument.mcid() == null || responses.isEmpty()) {
			return Optional.empty();
		}
		List<DatedScore> scores = responses.stream().map((r) -> new DatedScore(r.answeredOn(), r.score())).toList();
		return Progress.of(instrument, scores).toOptional();
	}

	/** Every instrument with when the caller last answered it and when it is next due. */
	@Transactional
	List<Offer> offers(AccountUser caller) {
		List<Response> all = this.access.mayRead(caller, caller.id()) ? this.responses.findByAccount(caller.id())
				: List.of();
		LocalDate today = today();
		List<Offer> offers = new ArrayList<>();
		for (Instrument instrument : Instruments.ALL) {
			Optional<LocalDate> last = all.stream()
				.filter((r) -> r.instrument().equals(instrument.id()))
				.map(Response::answeredOn)
				.max(LocalDate::compareTo);
			Optional<LocalDate> next = Schedule.nextDue(instrument, last, today);
			offers.add(new Offer(instrument, last.orElse(null), next.orElse(null),
					next.map((day) -> !day.isAfter(today)).orElse(false)));
		}
		return offers;
	}

	/**
	 * An instrument as offered to one person.
	 *
	 * @param instrument the instrument
	 * @param lastAnsweredOn the day they last answered it, or {@code null}
	 * @param nextDueOn the day it is next due, or {@code null} when it is not asked again
	 * @param due whether it is due today or overdue
	 */
	record Offer(Instrument instrument, LocalDate lastAnsweredOn, LocalDate nextDueOn, boolean due) {
	}

	@Override
	public String name() {
		return "questionnaires";
	}

	@Override
	public Object contentFor(UUID accountId) {
		return this.responses.findByAccount(accountId).stream().map(ResponseView::of).toList();
	}

}
