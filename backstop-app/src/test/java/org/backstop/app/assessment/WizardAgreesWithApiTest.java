package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.SlowTest;

/**
 * The wizard and the API give the same answer: every case of the independent adversarial
 * sets (backstop-core's test resources: every {@code cases*.json} but the stories the
 * contract cannot express) is answered through the wizard's forms, as a browser without
 * JavaScript would send them, CSRF token and all, and the level on the result page must
 * be the level {@code POST /api/v1/assessments} gives for the same JSON, with as many
 * answers read as "not sure". A contract field that can change the level but has no
 * control in the wizard would make a case disagree here. Slow: it walks hundreds of cases
 * through every step of the wizard.
 */
@ApiTest
@SlowTest
class WizardAgreesWithApiTest {

	static final Path CASES = Path.of("..", "backstop-core", "src", "test", "resources", "adversarial");

	/** Stories kept for later, with no input to run. */
	static final String NOT_EXPRESSIBLE = "cases-not-expressible.json";

	private static final Pattern LEVEL = Pattern.compile("data-level=\"([a-z_0-9]+)\"");

	private static final Pattern NOT_SURE_NOTE = Pattern.compile("<section[^>]*id=\"not-sure\".*?</section>",
			Pattern.DOTALL);

	@LocalServerPort
	int port;

	/** Every set of cases with inputs, by file name. */
	static Map<String, JsonNode> caseSets() throws IOException {
		Map<String, JsonNode> sets = new TreeMap<>();
		try (Stream<Path> files = Files.list(CASES)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.startsWith("cases") && name.endsWith(".json") && !name.equals(NOT_EXPRESSIBLE)) {
					sets.put(name, JsonMapper.shared().readTree(Files.readString(file)));
				}
			}
		}
		return sets;
	}

	@Test
	void everyAdversarialCaseGetsTheSameLevelFromTheWizardAsFromTheApi() throws IOException {
		Map<String, JsonNode> sets = caseSets();
		assertThat(sets).containsKey("cases.json");
		Http api = new Http(this.port);
		List<String> disagreements = new ArrayList<>();
		int cases = 0;
		int withNotSure = 0;
		for (Map.Entry<String, JsonNode> set : sets.entrySet()) {
			assertThat(set.getValue().isArray()).as(set.getKey()).isTrue();
			for (JsonNode kase : set.getValue()) {
				String id = set.getKey() + " " + kase.get("id").asString();
				JsonNode input = kase.get("input");
				HttpResponse<String> answer = api.postJson("/api/v1/assessments", input.toString());
				assertThat(answer.statusCode()).as(id).isEqualTo(200);
				JsonNode fromApi = Http.json(answer);
				String level = fromApi.at("/triage/level").asString();
				int notSure = fromApi.path("notSure").size();
				String page = throughTheWizard(input);
				Matcher fromWizard = LEVEL.matcher(page);
				String wizardLevel = fromWizard.find() ? fromWizard.group(1) : "no result page";
				Matcher note = NOT_SURE_NOTE.matcher(page);
				int wizardNotSure = note.find() ? note.group().split("<li>", -1).length - 1 : 0;
				if (!level.equals(wizardLevel) || notSure != wizardNotSure) {
					disagreements.add(id + ": API " + level + " with " + notSure + " not sure, wizard " + wizardLevel
							+ " with " + wizardNotSure);
				}
				cases++;
				withNotSure += (notSure > 0) ? 1 : 0;
			}
		}
		assertThat(cases).isGreaterThanOrEqualTo(150);
		assertThat(disagreements).as("cases where the wizard and the API disagree").isEmpty();
		// The sets hold "not sure" answers, and each went through the wizard.
		if (sets.size() > 1) {
			assertThat(withNotSure).isPositive();
		}
	}

	/** Answers the wizard's six steps with the input's answers; the result page. */
	private String throughTheWizard(JsonNode input) {
		WizardWalk walk = new WizardWalk(Http.browser(this.port));
		walk.walk(steps(input));
		HttpResponse<String> result = walk.browser.get("/assess/result");
		return (result.statusCode() == 200) ? result.body() : "status " + result.statusCode();
	}

	/** The input's answers laid out as the wizard asks them, step by step. */
	static List<Map<String, List<String>>> steps(JsonNode input) {
		JsonNode pain = input.get("pain");
		List<Map<String, List<String>>> steps = new ArrayList<>();
		steps.add(answers(pain, "region", "pain.region", "radiation", "pain.radiation", "legSymptomsDays",
				"pain.legSymptomsDays"));
		Map<String, List<String>> howBad = answers(pain, "intensity", "pain.intensity");
		howBad.putAll(answers(input.get("function"), "mobility", "function.mobility"));
		steps.add(howBad);
		steps.add(answers(pain, "onset", "pain.onset", "durationDays", "pain.durationDays", "spasmsPerWeek",
				"pain.spasmsPerWeek", "worseAtNightOrRest", "pain.worseAtNightOrRest"));
		Map<String, List<String>> happened = answers(pain, "trauma", "pain.trauma");
		happened.putAll(
				answers(input.get("selfCare"), "weeksTried", "selfCare.weeksTried", "improving", "selfCare.improving"));
		steps.add(happened);
		// "Not sure" about a sign is an answer of its own: "none of these" only when
		// nothing is ticked.
		Map<String, List<String>> warningSigns = list(input, "symptoms", "symptoms");
		warningSigns.putAll(list(input, "symptomsNotSure", "symptomsNotSure"));
		steps.add(warningSigns.isEmpty() ? Map.of(WizardStep.NO_SYMPTOMS, List.of("true")) : warningSigns);
		Map<String, List<String>> aboutYou = answers(input, "age", "age", "sex", "sex", "pregnant", "pregnant",
				"pregnancyWeeks", "pregnancyWeeks");
		aboutYou.putAll(list(input, "history", "history"));
		aboutYou.putAll(list(input, "historyNotSure", "historyNotSure"));
		aboutYou.putAll(list(input.get("preferences"), "currentMedicines", "preferences.currentMedicines"));
		steps.add(aboutYou);
		return steps;
	}

	/** Single answers: pairs of the input's field and the wizard's field name. */
	private static Map<String, List<String>> answers(JsonNode node, String... pairs) {
		Map<String, List<String>> form = new LinkedHashMap<>();
		for (int i = 0; node != null && i < pairs.length; i += 2) {
			JsonNode value = node.get(pairs[i]);
			if (value != null && !value.isNull()) {
				form.put(pairs[i + 1], List.of(value.asString()));
			}
		}
		return form;
	}

	/** A list of codes, as ticked checkboxes. */
	private static Map<String, List<String>> list(JsonNode node, String field, String name) {
		List<String> values = new ArrayList<>();
		if (node != null && node.get(field) != null) {
			node.get(field).forEach((code) -> values.add(code.asString()));
		}
		return values.isEmpty() ? new LinkedHashMap<>() : new LinkedHashMap<>(Map.of(name, values));
	}

}
