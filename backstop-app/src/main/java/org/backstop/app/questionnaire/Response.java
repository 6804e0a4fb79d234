package org.backstop.app.questionnaire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One answered questionnaire.
 *
 * @param id its id
 * @param accountId whose it is
 * @param instrument the instrument's id, such as {@code peg}
 * @param answeredOn the person's day it was answered for
 * @param answers each item's answer, by item id
 * @param score the score the core gave
 * @param band the band of that score, or {@code null} where none is published
 * @param createdAt when it was stored
 */
record Response(UUID id, UUID accountId, String instrument, LocalDate answeredOn, Map<String, Integer> answers,
		double score, String band, Instant createdAt) {

	Response {
		answers = Map.copyOf(answers);
	}

}
