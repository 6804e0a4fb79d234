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

	/** Stories kept for later, with no input to run: each set has its own such file. */
	static final String NOT_EXPRESSIBLE = "not-expressible.json";

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
				if (name.startsWith("cases") && name.endsWith(".json") && !name.endsWith(NOT_EXPRESSIBLE)) {
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
		int oneByOne = 0;
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
				oneByOne += steps(input).stream()
					.anyMatch((step) -> step.values()
						.stream()
						.anyMatch((values) -> values.get(0).startsWith(WizardField.NOT_SURE_OF))) ? 1 : 0;
			}
		}
		assertThat(cases).isGreaterThanOrEqualTo(150);
		assertThat(disagreements).as("cases where the wizard and the API disagree").isEmpty();
		// The sets hold "not sure" answers, and each went through the wizard.
		if (sets.size() > 1) {
			assertThat(withNotSure).isPositive();
			// Some of them through a first step's signs asked one by one.
			assertThat(oneByOne).isPositive();
		}
		System.out.printf("%d cases, %d with a \"not sure\", %d through a sign asked one by one%n", cases, withNotSure,
				oneByOne);
	}

	/**
	 * Answers the wizard's steps with the input's answers, going on after a warning sign
	 * as a person adding the rest would; the result page.
	 */
	private String throughTheWizard(JsonNode input) {
		WizardWalk walk = new WizardWalk(Http.browser(this.port));
		walk.walk(steps(input));
		HttpResponse<String> result = walk.browser.get("/assess/result");
		return (result.statusCode() == 200) ? result.body() : "status " + result.statusCode();
	}

	/**
	 * The input's answers laid out as the wizard asks them, step by step: a sign of the
	 * first two groups the person is sure of is their "yes" there (the first of them);
	 * failing that, a sign of the group they are not sure of is their "not sure" to it,
	 * asked one by one (the first of them); every other sign, and every other sign they
	 * are not sure of, is ticked on the last step.
	 */
	static List<Map<String, List<String>>> steps(JsonNode input) {
		JsonNode pain = input.get("pain");
		List<String> sure = codes(input, "symptoms");
		List<String> rest = new ArrayList<>(sure);
		List<String> unsure = codes(input, "symptomsNotSure");
		List<Map<String, List<String>>> steps = new ArrayList<>();
		for (WizardStep group : WizardStep.signSteps()) {
			WizardField signs = group.signs();
			String yes = sure.stream().filter(signs.codes()::contains).findFirst().orElse(null);
			String notSure = unsure.stream().filter(signs.codes()::contains).findFirst().orElse(null);
			String answer = WizardField.NONE;
			if (yes != null) {
				rest.remove(yes);
				answer = yes;
			}
			else if (notSure != null) {
				unsure.remove(notSure);
				answer = WizardField.notSureOf(notSure);
			}
			steps.add(new LinkedHashMap<>(Map.of(signs.name(), List.of(answer))));
		}
		Map<String, List<String>> thePain = answers(pain, "region", "pain.region", "intensity", "pain.intensity",
				"durationDays", "pain.durationDays");
		thePain.putAll(answers(input, "age", "age", "sex", "sex"));
		steps.add(thePain);
		Map<String, List<String>> anythingElse = answers(input, "pregnant", "pregnant", "pregnancyWeeks",
				"pregnancyWeeks");
		if (!rest.isEmpty()) {
			anythingElse.put("symptoms", rest);
		}
		if (!unsure.isEmpty()) {
			anythingElse.put("symptomsNotSure", unsure);
		}
		// "None of these" only when no sign at all is ticked here.
		if (!anythingElse.containsKey("symptoms") && !anythingElse.containsKey("symptomsNotSure")) {
			anythingElse.put(WizardStep.NO_SYMPTOMS, List.of("true"));
		}
		anythingElse.putAll(list(input, "history", "history"));
		anythingElse.putAll(list(input, "historyNotSure", "historyNotSure"));
		anythingElse.putAll(answers(pain, "trauma", "pain.trauma", "onset", "pain.onset", "radiation", "pain.radiation",
				"legSymptomsDays", "pain.legSymptomsDays", "worseAtNightOrRest", "pain.worseAtNightOrRest",
				"spasmsPerWeek", "pain.spasmsPerWeek"));
		anythingElse.putAll(answers(input.get("function"), "mobility", "function.mobility"));
		anythingElse.putAll(
				answers(input.get("selfCare"), "weeksTried", "selfCare.weeksTried", "improving", "selfCare.improving"));
		anythingElse.putAll(list(input.get("preferences"), "currentMedicines", "preferences.currentMedicines"));
		steps.add(anythingElse);
		return steps;
	}

	private static List<String> codes(JsonNode node, String field) {
		List<String> values = new ArrayList<>();
		if (node.get(field) != null) {
			node.get(field).forEach((code) -> values.add(code.asString()));
		}
		return values;
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
