package org.backstop.app.assessment;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.backstop.app.system.ProblemTexts;
import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.AssessmentJson;
import org.backstop.core.assessment.AssessmentReader;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/**
 * {@code /assess}: the assessment as short steps of plain forms, no JavaScript needed.
 * Each step's answers are kept in the session; Next checks them with the contract's
 * reader alone (keeping only the problems of that step's fields), Back never checks, and
 * the last step checks everything, assesses it once and hands the JSON to
 * {@link LastAssessment}.
 * <p>
 * What the reader finds wrong is said by {@link ProblemTexts}, as on every page. The
 * wizard's own words are only for what it asks itself: a question left unanswered
 * ({@code assess.error.<field>}, asking it again) and the warning signs answered with
 * neither a sign nor "none of these".
 */
@Controller
class WizardController {

	static final String ERROR_PREFIX = "assess.error.";

	private final ResultCache results;

	private final ProblemTexts problems;

	private final MessageSource messages;

	WizardController(ResultCache results, ProblemTexts problems, MessageSource messages) {
		this.results = results;
		this.problems = problems;
		this.messages = messages;
	}

	/** Showing a step starts no session: only answering one keeps something. */
	@GetMapping("/assess")
	String step(@RequestParam(name = "step", defaultValue = "1") String step,
			@RequestParam(name = "which", required = false) String which,
			@RequestParam(name = "sign", required = false) String sign, HttpServletRequest request, Model model) {
		WizardStep shown = WizardStep.number(parse(step));
		model.addAttribute("which", which != null && shown.asksSigns());
		if (sign != null && shown.asksSigns()) {
			int count = shown.signs().codes().size();
			int number = Math.max(1, Math.min(count, parse(sign)));
			model.addAttribute("sign", number);
			model.addAttribute("signCode", shown.signs().codes().get(number - 1));
			model.addAttribute("lastSign", number == count);
		}
		return show(shown, WizardAnswers.of(request.getSession(false)), Map.of(), model);
	}

	/**
	 * "Start again" asks first, on a page of its own so that it works without JavaScript
	 * and a slip of the finger loses nothing.
	 */
	@GetMapping("/assess/restart")
	String confirmRestart(@RequestParam(name = "from", defaultValue = "1") String from, Model model) {
		model.addAttribute("from", WizardStep.number(parse(from)).number());
		return "assessment/restart";
	}

	@PostMapping("/assess")
	String answer(@RequestParam(name = "step", defaultValue = "1") String stepNumber,
			@RequestParam(name = "action", defaultValue = "next") String action,
			@RequestParam(name = "sign", defaultValue = "0") String sign, HttpServletRequest request,
			HttpSession session, Model model, Locale locale) {
		WizardStep step = WizardStep.number(parse(stepNumber));
		WizardAnswers answers = WizardAnswers.of(session);
		answers.replace(step, request.getParameterMap());
		answers.keep(session);
		if ("back".equals(action)) {
			return "redirect:/assess?step=" + Math.max(1, step.number() - 1);
		}
		// "Yes" to a group of warning signs asks which one, in one more tap.
		if ("yes".equals(action) && step.asksSigns()) {
			return "redirect:/assess?step=" + step.number() + "&which";
		}
		// "Not sure" about a whole group asks its signs one at a time, rather than read
		// one vague tap as every sign present; "no" to one asks the next. The group stays
		// unanswered until a sign is read as present (the answer at once, as a "yes") or
		// the last is answered "no" (the form then sends "none"): a blank is asked again,
		// never read as "no".
		if ("unsure".equals(action) && step.asksSigns()) {
			return "redirect:/assess?step=" + step.number() + "&sign=1";
		}
		if ("no-sign".equals(action) && step.asksSigns()) {
			int next = Math.max(1, Math.min(step.signs().codes().size(), parse(sign) + 1));
			return "redirect:/assess?step=" + step.number() + "&sign=" + next;
		}
		// The answers become the contract's JSON once, and the reader reads that tree.
		ObjectNode json = answers.toJson();
		Checked<AssessmentInput> read = AssessmentReader.read(json);
		Map<String, String> all = texts(problemsOf(answers, read), locale);
		Map<String, String> errors = new LinkedHashMap<>(all);
		errors.keySet().removeIf((field) -> step.field(field) == null);
		if (!errors.isEmpty()) {
			return show(step, answers, errors, model);
		}
		if (answers.warningSignGiven(step)) {
			String early = atAWarningSign(answers, session);
			if (early != null) {
				return early;
			}
		}
		if (step.number() < WizardStep.values().length) {
			return "redirect:/assess?step=" + (step.number() + 1);
		}
		if (!all.isEmpty()) {
			WizardStep first = WizardStep.asking(all.keySet().iterator().next());
			Map<String, String> shown = new LinkedHashMap<>(all);
			shown.keySet().removeIf((field) -> WizardStep.asking(field) != first);
			return show(first, answers, shown, model);
		}
		String input = AssessmentJson.mapper().writeValueAsString(json);
		this.results.assess(input, read.value());
		LastAssessment.remember(session, input);
		WarningSignResult.forget(session);
		return "redirect:/assess/result";
	}

	/**
	 * A warning sign on the first steps ends the wizard: the answers so far are assessed
	 * once, with the plainest answers for what was not asked yet, and shown as a result
	 * made from the sign alone. The last full result is forgotten, so that no page shows
	 * an older, calmer plan beside it. Answers that do not read (a stale form) are asked
	 * again as usual.
	 */
	private String atAWarningSign(WizardAnswers answers, HttpSession session) {
		ObjectNode json = answers.toJsonAtAWarningSign();
		Checked<AssessmentInput> read = AssessmentReader.read(json);
		if (!read.isValid()) {
			return null;
		}
		String input = AssessmentJson.mapper().writeValueAsString(json);
		this.results.assess(input, read.value());
		LastAssessment.forget(session);
		WarningSignResult.remember(session, input);
		return "redirect:/assess/result";
	}

	/**
	 * Clears the answers, as on a shared device; the last full result stays until a new
	 * one is made, while one made at a warning sign goes with the answers it came from.
	 */
	@PostMapping("/assess/restart")
	String restart(HttpSession session) {
		WizardAnswers.forget(session);
		WarningSignResult.forget(session);
		return "redirect:/assess";
	}

	private String show(WizardStep step, WizardAnswers answers, Map<String, String> errors, Model model) {
		Map<String, WizardField> fields = new LinkedHashMap<>();
		step.fields().forEach((field) -> fields.put(field.name(), field));
		model.addAttribute("step", step);
		model.addAttribute("stepCount", WizardStep.values().length);
		model.addAttribute("steps", Arrays.asList(WizardStep.values()));
		model.addAttribute("fields", fields);
		model.addAttribute("answers", answers);
		model.addAttribute("errors", errors);
		model.addAttribute("symptomGroups", WizardStep.symptomGroups());
		model.addAttribute("historyTopic", WizardStep.historyTopic());
		model.addAttribute("durations", DURATIONS);
		// The optional details stay folded unless one is answered or needs fixing.
		model.addAttribute("detailsOpen", WizardStep.details()
			.anyMatch((field) -> answers.answered(field.name()) || errors.containsKey(field.name())));
		if (!model.containsAttribute("which")) {
			model.addAttribute("which", false);
		}
		if (!model.containsAttribute("sign")) {
			model.addAttribute("sign", null);
		}
		return "assessment/wizard";
	}

	/** Each problem said in the reader's language, by wizard field. */
	private Map<String, String> texts(Map<String, Problem> problems, Locale locale) {
		Map<String, String> texts = new LinkedHashMap<>();
		problems.forEach((field, problem) -> texts.put(field,
				(problem.violation() != null) ? this.problems.text(problem.violation(), locale)
						: this.messages.getMessage(problem.instruction(), null, locale)));
		return texts;
	}

	/** Every problem with these answers, by wizard field, in the order they are asked. */
	static Map<String, Problem> problemsOfAll(WizardAnswers answers) {
		return problemsOf(answers, AssessmentReader.read(answers.toJson()));
	}

	/**
	 * A required choice left unanswered, or answered with a code the form did not offer,
	 * is asked again in the question's words; then the first problem the reader found
	 * with each other field; then the warning signs, which need an answer of some kind
	 * (ticks, "not sure" or "none of these").
	 */
	private static Map<String, Problem> problemsOf(WizardAnswers answers, Checked<AssessmentInput> read) {
		Map<String, Problem> problems = new LinkedHashMap<>();
		WizardStep.allFields()
			.filter((field) -> field.isRequiredChoice() && !answers.answered(field.name()))
			.filter((field) -> !(field.name().equals("pain.durationDays")
					&& answers.answered(WizardAnswers.DURATION_EXACT)))
			.forEach((field) -> problems.put(field.name(), Problem.instruction(ERROR_PREFIX + field.name())));
		// A choice the form never offered (a changed page, a stale form) is asked again,
		// rather than listing the codes the core takes.
		WizardStep.allFields()
			.filter((field) -> field.isChoiceOfCodes())
			.filter((
					field) -> answers.values(field.name()).stream().anyMatch((code) -> !field.choices().contains(code)))
			.forEach((field) -> problems.putIfAbsent(field.name(), Problem.instruction(ERROR_PREFIX + field.name())));
		for (Violation violation : read.violations()) {
			problems.putIfAbsent(fieldOf(violation.field()), Problem.of(violation));
		}
		// "Not sure" about a sign is an answer too, and fits with "none of these": none
		// for certain, that one perhaps.
		boolean anySymptom = answers.answered("symptoms");
		boolean anyNotSure = answers.answered("symptomsNotSure");
		boolean none = answers.has(WizardStep.NO_SYMPTOMS, "true");
		List<WizardField> topics = new java.util.ArrayList<>(WizardStep.signTopics());
		topics.add(WizardStep.historyTopic());
		topics.removeIf((topic) -> !answers.topicApplies(topic));
		boolean anyTopicAnswered = topics.stream().anyMatch((topic) -> answers.answered(topic.name()));
		// "None of these" beside ticks is a contradiction on a form without the topics;
		// with
		// them, it answers "no" to every topic left blank, an explicit answer.
		if (anySymptom && none && !anyTopicAnswered) {
			problems.putIfAbsent("symptoms", Problem.instruction("assess.error.symptoms.both"));
		}
		else if (!anySymptom && !anyNotSure && !none && !anyTopicAnswered) {
			problems.putIfAbsent("symptoms", Problem.instruction("assess.error.symptoms.none"));
		}
		// A topic answered "yes" says which; once the topics are being answered, none is
		// left blank (a blank is never read as "no"), unless "None of these" answers all.
		for (WizardField topic : topics) {
			if (answers.has(topic.name(), WizardField.YES) && !answers.anyTicked(topic)) {
				problems.putIfAbsent(topic.name(), Problem.instruction("assess.error.topic.which"));
			}
			else if (anyTopicAnswered && !none && !answers.answered(topic.name()) && !answers.anyTicked(topic)) {
				problems.putIfAbsent(topic.name(), Problem.instruction("assess.error.topic"));
			}
		}
		return sorted(problems);
	}

	/**
	 * What is wrong with one answer: a problem the reader found, or the message key of
	 * the wizard's own instruction.
	 */
	record Problem(Violation violation, String instruction) {

		static Problem of(Violation violation) {
			return new Problem(violation, null);
		}

		static Problem instruction(String key) {
			return new Problem(null, key);
		}

	}

	/**
	 * The wizard field a violation's path names: {@code symptoms[2]} is {@code symptoms};
	 * a whole missing object is its first question.
	 */
	static String fieldOf(String path) {
		String field = path.replaceAll("\\[\\d+]", "");
		if (WizardStep.allFields().anyMatch((f) -> f.name().equals(field))) {
			return field;
		}
		return WizardStep.allFields()
			.filter((f) -> f.name().startsWith(field + "."))
			.findFirst()
			.orElse(WizardStep.THE_PAIN.fields().get(0))
			.name();
	}

	/** In the order the questions are asked, so the summary reads top to bottom. */
	private static <T> Map<String, T> sorted(Map<String, T> errors) {
		Map<String, T> ordered = new LinkedHashMap<>();
		List<String> order = WizardStep.allFields().map(WizardField::name).toList();
		order.forEach((name) -> {
			if (errors.containsKey(name)) {
				ordered.put(name, errors.get(name));
			}
		});
		return ordered;
	}

	/**
	 * How long, as quick choices in days. The rules' cut points (7, 14, 28, 42, 56 and 90
	 * days) fall between the choices, never inside one, so every day of a choice gives
	 * the same answer; an exact number may be typed instead.
	 */
	static final List<Duration> DURATIONS = List.of(new Duration("today", 0), new Duration("week", 4),
			new Duration("two_weeks", 10), new Duration("four_weeks", 21), new Duration("six_weeks", 35),
			new Duration("eight_weeks", 49), new Duration("three_months", 75), new Duration("longer", 91));

	/**
	 * One quick choice of how long the pain has lasted.
	 *
	 * @param key the message key part of its label
	 * @param days the days it stands for
	 */
	record Duration(String key, int days) {

		public String value() {
			return Integer.toString(this.days);
		}

	}

	private static int parse(String step) {
		try {
			return Integer.parseInt(step.strip());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
