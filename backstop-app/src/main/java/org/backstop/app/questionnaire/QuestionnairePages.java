package org.backstop.app.questionnaire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.backstop.app.security.AccountUser;
import org.backstop.app.system.ProblemTexts;
import org.backstop.core.json.StrictJson;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;
import org.backstop.core.progress.Trend;
import org.backstop.core.questionnaire.Instrument;
import org.backstop.core.questionnaire.Instruments;
import org.backstop.core.questionnaire.Use;

/**
 * {@code /account/questionnaires}: the questionnaires a person answers, due ones first,
 * and the ones a clinician enters; {@code /account/questionnaires/{id}}: one of them as a
 * form, the latest score and the past answers. The form is turned into the API's JSON and
 * read by the same service, so the page and the API agree.
 */
@Controller
class QuestionnairePages {

	private static final String PAGE = "/account/questionnaires";

	private final Questionnaires questionnaires;

	private final MessageSource messages;

	private final ProblemTexts texts;

	QuestionnairePages(Questionnaires questionnaires, MessageSource messages, ProblemTexts texts) {
		this.questionnaires = questionnaires;
		this.messages = messages;
		this.texts = texts;
	}

	@GetMapping(PAGE)
	String list(@AuthenticationPrincipal AccountUser user, Locale locale, Model model) {
		List<Questionnaires.Offer> offers = this.questionnaires.offers(user);
		// Due ones first; otherwise the order the core lists them in.
		model.addAttribute("answerable",
				offers.stream()
					.filter((offer) -> offer.instrument().use() != Use.CLINICIAN_ENTERED)
					.sorted(Comparator.comparing((Questionnaires.Offer offer) -> !offer.due()))
					.map((offer) -> OfferRow.of(offer, name(offer.instrument(), locale)))
					.toList());
		model.addAttribute("clinicianEntered",
				offers.stream()
					.filter((offer) -> offer.instrument().use() == Use.CLINICIAN_ENTERED)
					.map((offer) -> name(offer.instrument(), locale))
					.toList());
		return "questionnaire/questionnaires";
	}

	@GetMapping(PAGE + "/{id}")
	String form(@AuthenticationPrincipal AccountUser user, @PathVariable String id, Locale locale, Model model,
			HttpServletResponse response) {
		Optional<Instrument> instrument = Instruments.byId(id);
		if (instrument.isEmpty() || instrument.get().use() == Use.CLINICIAN_ENTERED) {
			return notOffered(instrument, locale, model, response);
		}
		return page(user, instrument.get(), Map.of(), Map.of(), locale, model);
	}

	@PostMapping(PAGE + "/{id}")
	String answer(@AuthenticationPrincipal AccountUser user, @PathVariable String id,
			@RequestParam Map<String, String> fields, Locale locale, Model model, HttpServletResponse response) {
		Optional<Instrument> instrument = Instruments.byId(id);
		if (instrument.isEmpty() || instrument.get().use() == Use.CLINICIAN_ENTERED) {
			return notOffered(instrument, locale, model, response);
		}
		Map<String, String> typed = new LinkedHashMap<>();
		instrument.get().items().forEach((item) -> typed.put(item.id(), fields.getOrDefault(item.id(), "").strip()));
		List<Violation> violations = new ArrayList<>();
		if (!this.questionnaires.mayWrite(user)) {
			violations.add(Violation.of("$", "sign_in.read_only", "this sign-in may only read"));
		}
		else {
			Checked<Response> saved = this.questionnaires.answer(user, instrument.get(), json(typed));
			if (saved.isValid()) {
				return "redirect:" + PAGE + "/" + instrument.get().id() + "?saved#latest";
			}
			violations.addAll(saved.violations());
		}
		return page(user, instrument.get(), typed,
				this.texts.byField(violations, QuestionnairePages::formField, locale), locale, model);
	}

	/** The service's request: every answer given, as a number when it is one. */
	static ObjectNode json(Map<String, String> typed) {
		ObjectNode json = StrictJson.mapper().createObjectNode();
		ObjectNode answers = json.putObject(Instrument.ANSWERS);
		typed.forEach((item, text) -> {
			if (!text.isEmpty()) {
				try {
					answers.put(item, Integer.parseInt(text));
				}
				catch (NumberFormatException ex) {
					answers.put(item, text);
				}
			}
		});
		return json;
	}

	/** A problem's path ({@code answers.pain}) as the form's field ({@code pain}). */
	static String formField(String path) {
		String prefix = Instrument.ANSWERS + ".";
		return path.startsWith(prefix) ? path.substring(prefix.length()) : "$";
	}

	private String page(AccountUser user, Instrument instrument, Map<String, String> typed, Map<String, String> errors,
			Locale locale, Model model) {
		List<Response> responses = this.questionnaires.responses(user, instrument);
		Optional<Trend> trend = Questionnaires.trend(instrument, responses);
		model.addAttribute("questionnaire", QuestionnaireView.of(instrument, this.messages, locale));
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("responses", responses.stream().map((r) -> ScoreRow.of(r, instrument)).toList());
		model.addAttribute("latest",
				responses.isEmpty() ? null : ScoreRow.of(responses.get(responses.size() - 1), instrument));
		model.addAttribute("band",
				responses.isEmpty() ? null : band(instrument, responses.get(responses.size() - 1), locale));
		model.addAttribute("trend", trend.orElse(null));
		return "questionnaire/questionnaire";
	}

	private String notOffered(Optional<Instrument> instrument, Locale locale, Model model,
			HttpServletResponse response) {
		if (instrument.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("name", instrument.map((i) -> name(i, locale)).orElse(null));
		return "questionnaire/not-offered";
	}

	private String name(Instrument instrument, Locale locale) {
		return this.messages.getMessage("questionnaire.name." + instrument.id(), null, instrument.name(), locale);
	}

	/** The band's words, in the reader's language; the core's English when none. */
	private String band(Instrument instrument, Response response, Locale locale) {
		if (response.band() == null) {
			return null;
		}
		String english = instrument.bands()
			.stream()
			.filter((band) -> band.code().equals(response.band()))
			.map((band) -> band.label())
			.findFirst()
			.orElse(response.band());
		return this.messages.getMessage("questionnaire.band." + instrument.id() + "." + response.band(), null, english,
				locale);
	}

	/** An answerable questionnaire on the list, with its name in the reader's words. */
	public record OfferRow(String id, String name, java.time.LocalDate lastAnsweredOn, java.time.LocalDate nextDueOn,
			boolean due) {

		static OfferRow of(Questionnaires.Offer offer, String name) {
			return new OfferRow(offer.instrument().id(), name, offer.lastAnsweredOn(), offer.nextDueOn(), offer.due());
		}

	}

	/** One past answer: its day and score, out of the instrument's highest. */
	public record ScoreRow(java.time.LocalDate date, double score, double max) {

		static ScoreRow of(Response response, Instrument instrument) {
			return new ScoreRow(response.answeredOn(), response.score(), instrument.max());
		}

	}

}
