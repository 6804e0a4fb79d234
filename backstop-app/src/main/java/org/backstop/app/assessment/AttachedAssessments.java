package org.backstop.app.assessment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.backstop.app.security.AccountUser;
import org.backstop.app.system.Paging;
import org.backstop.core.AssessmentResult;
import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.AssessmentJson;
import org.backstop.core.triage.TriageLevel;

/**
 * An assessment a person attaches to a request to a clinic, copied as it stands: its
 * triage level, and the warning signs and history they ticked, in the words the wizard
 * showed them. Either this browser's latest result (the one the result page shows) or one
 * the signed-in person saved; the level and signs always come from the server, never from
 * what a form says.
 */
@Component
public class AttachedAssessments {

	/** How many saved assessments are offered to choose from, newest first. */
	static final int CHOICES = 10;

	private final ResultCache results;

	private final AssessmentHistory history;

	private final MessageSource messages;

	private final Clock clock;

	AttachedAssessments(ResultCache results, AssessmentHistory history, MessageSource messages, Clock clock) {
		this.results = results;
		this.history = history;
		this.messages = messages;
		this.clock = clock;
	}

	/** The latest result in this browser, if there is one. */
	public Optional<Attached> ofThisBrowser(HttpSession session, Locale locale) {
		// As on the result page: the one reached at a warning sign, else the full one;
		// an urgent one must reach the clinic too.
		Optional<String> input = WarningSignResult.of(session).or(() -> LastAssessment.of(session));
		if (input.isEmpty()) {
			return Optional.empty();
		}
		Optional<AssessmentResult> result = input.flatMap(this.results::of);
		Optional<AssessmentInput> answers = read(input.get());
		if (result.isEmpty() || answers.isEmpty()) {
			return Optional.empty();
		}
		return Optional
			.of(new Attached(result.get().triage().level(), this.clock.instant(), signs(answers.get(), locale), null));
	}

	/** A saved assessment of the caller's (the read is in their audit trail). */
	public Optional<Attached> ofSaved(AccountUser caller, UUID id, Locale locale) {
		return this.history.find(caller, id)
			.flatMap((stored) -> read(stored.inputJson()).map((answers) -> new Attached(level(stored.triageLevel()),
					stored.createdAt(), signs(answers, locale), stored.id())));
	}

	/** The caller's latest saved assessments, to choose one from. */
	public List<Choice> choicesOf(AccountUser caller) {
		return this.history.list(caller, caller.id(), new Paging(0, CHOICES))
			.items()
			.stream()
			.map((stored) -> new Choice(stored.id(), stored.createdAt(), stored.triageLevel()))
			.toList();
	}

	private static Optional<AssessmentInput> read(String inputJson) {
		return AssessmentJson.readInput(inputJson.getBytes(StandardCharsets.UTF_8)).toOptional();
	}

	private static TriageLevel level(String code) {
		for (TriageLevel level : TriageLevel.values()) {
			if (level.code().equals(code)) {
				return level;
			}
		}
		throw new IllegalStateException("a stored assessment has an unknown triage level: " + code);
	}

	/** Each warning sign and history item ticked, as the wizard labelled it. */
	private List<String> signs(AssessmentInput answers, Locale locale) {
		List<String> signs = new ArrayList<>();
		answers.symptoms()
			.forEach((symptom) -> signs.add(label("assess.code.symptom." + symptom.code(), symptom.code(), locale)));
		answers.history()
			.forEach((item) -> signs.add(label("assess.code.history." + item.code(), item.code(), locale)));
		return signs;
	}

	private String label(String key, String code, Locale locale) {
		return this.messages.getMessage(key, null, code, locale);
	}

	/**
	 * An attached assessment.
	 *
	 * @param level its triage level
	 * @param assessedAt when it was made (for this browser's result: when attached)
	 * @param signs the warning signs and history ticked, in the person's words
	 * @param savedId the saved assessment's id, when it is one
	 */
	public record Attached(TriageLevel level, Instant assessedAt, List<String> signs, UUID savedId) {

		/** 0 for the most urgent level, counting down the levels. */
		public int urgency() {
			return this.level.ordinal();
		}

		/** More urgent than an appointment in the coming days. */
		public boolean isUrgent() {
			return this.level.isMoreUrgentThan(TriageLevel.CONSULTATION);
		}

	}

	/**
	 * A saved assessment offered to attach.
	 *
	 * @param id its id
	 * @param createdAt when it was made
	 * @param level its triage level code
	 */
	public record Choice(UUID id, Instant createdAt, String level) {
	}

}
