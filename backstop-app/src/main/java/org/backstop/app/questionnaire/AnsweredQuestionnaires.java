package org.backstop.app.questionnaire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import org.backstop.core.questionnaire.Instrument;
import org.backstop.core.questionnaire.Instruments;

/**
 * A person's answered questionnaires, for a whole-record export such as FHIR. Like the
 * account export, the caller has checked ownership and records its own audit entry.
 */
@Service
public class AnsweredQuestionnaires {

	private final ResponseRepository responses;

	AnsweredQuestionnaires(ResponseRepository responses) {
		this.responses = responses;
	}

	/** Every answered questionnaire of the owner, oldest first. */
	public List<Answered> allOf(UUID ownerId) {
		return this.responses.findByAccount(ownerId)
			.stream()
			.flatMap((r) -> Instruments.byId(r.instrument())
				.map((instrument) -> new Answered(r.id(), instrument, r.answeredOn(), r.answers(), r.score(), r.band(),
						r.createdAt()))
				.stream())
			.toList();
	}

	/**
	 * One answered questionnaire.
	 *
	 * @param id its id
	 * @param instrument the instrument answered
	 * @param answeredOn the person's day it was answered for
	 * @param answers each item's answer, by item id
	 * @param score the score the core gave
	 * @param band the code of that score's band, or {@code null} where none is published
	 * @param storedAt when it was stored
	 */
	public record Answered(UUID id, Instrument instrument, LocalDate answeredOn, Map<String, Integer> answers,
			double score, String band, Instant storedAt) {

		public Answered {
			answers = Map.copyOf(answers);
		}

	}

}
