package org.backstop.app.questionnaire;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An answered questionnaire as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ResponseView(UUID id, String instrument, LocalDate date, Map<String, Integer> answers, double score,
		String band) {

	static ResponseView of(Response r) {
		return new ResponseView(r.id(), r.instrument(), r.answeredOn(), r.answers(), r.score(), r.band());
	}

}
