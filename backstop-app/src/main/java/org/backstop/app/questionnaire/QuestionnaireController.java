package org.backstop.app.questionnaire;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.backstop.app.security.AccountUser;
import org.backstop.app.system.InvalidInputException;
import org.backstop.app.system.NotFoundException;
import org.backstop.app.system.StrictJsonBody;
import org.backstop.core.problem.Violation;
import org.backstop.core.progress.Trend;
import org.backstop.core.questionnaire.Instrument;
import org.backstop.core.questionnaire.Instruments;

/**
 * Questionnaires over the API: {@code GET /api/v1/questionnaires} lists each instrument
 * with its items, licence, meaningful change and when it is next due; {@code POST
 * /api/v1/questionnaires/{id}/responses} answers one; {@code GET
 * /api/v1/questionnaires/{id}/responses} lists the answers with their trend.
 */
@RestController
class QuestionnaireController {

	private static final String UNKNOWN = "There is no questionnaire with this id.";

	private final Questionnaires questionnaires;

	QuestionnaireController(Questionnaires questionnaires) {
		this.questionnaires = questionnaires;
	}

	@GetMapping("/api/v1/questionnaires")
	@Operation(summary = "The questionnaires, with when you last answered each and when it is next due")
	List<OfferView> offers(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user) {
		return this.questionnaires.offers(user).stream().map(OfferView::of).toList();
	}

	@PostMapping(path = "/api/v1/questionnaires/{id}/responses", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Answer a questionnaire: {\"answers\": {item id: answer}, \"date\": optional day}")
	ResponseEntity<ResponseView> answer(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user,
			@PathVariable String id, @StrictJsonBody JsonNode body) {
		Instrument instrument = Instruments.byId(id).orElseThrow(() -> new NotFoundException(UNKNOWN));
		if (!this.questionnaires.mayWrite(user)) {
			throw new InvalidInputException(HttpStatus.FORBIDDEN,
					List.of(Violation.of("$", "sign_in.read_only", "this sign-in may only read")));
		}
		Response answered = InvalidInputException.valueOf(this.questionnaires.answer(user, instrument, body));
		return ResponseEntity.status(HttpStatus.CREATED).body(ResponseView.of(answered));
	}

	@GetMapping("/api/v1/questionnaires/{id}/responses")
	@Operation(summary = "Your answers to one questionnaire, oldest first, with the trend where it measures change")
	History responses(@Parameter(hidden = true) @AuthenticationPrincipal AccountUser user, @PathVariable String id) {
		Instrument instrument = Instruments.byId(id).orElseThrow(() -> new NotFoundException(UNKNOWN));
		List<Response> responses = this.questionnaires.responses(user, instrument);
		Trend trend = Questionnaires.trend(instrument, responses).orElse(null);
		return new History(instrument.id(), responses.stream().map(ResponseView::of).toList(),
				(trend != null) ? trend.judgement().name().toLowerCase(Locale.ROOT) : null,
				(trend != null) ? trend.summary() : null);
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record History(String instrument, List<ResponseView> responses, String judgement, String summary) {
	}

	/** An instrument as offered: what it is, how it is scored and when it is due. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record OfferView(String id, String name, String codeSystem, String code, String use, String licence,
			List<ItemView> items, Double meaningfulChangePoints, Double meaningfulChangePercent,
			LocalDate lastAnsweredOn, LocalDate nextDueOn, boolean due) {

		static OfferView of(Questionnaires.Offer offer) {
			Instrument i = offer.instrument();
			return new OfferView(i.id(), i.name(), i.code().system(), i.code().code(),
					i.use().name().toLowerCase(Locale.ROOT), i.licence(),
					i.items()
						.stream()
						.map((item) -> new ItemView(item.id(), item.text(), item.min(), item.max(), item.answers()))
						.toList(),
					(i.mcid() != null && i.mcid().points() > 0) ? i.mcid().points() : null,
					(i.mcid() != null && i.mcid().percentOfFirst() > 0) ? i.mcid().percentOfFirst() : null,
					offer.lastAnsweredOn(), offer.nextDueOn(), offer.due());
		}

	}

	record ItemView(String id, String text, int min, int max, String answers) {
	}

}
