package org.backstop.app.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;

/**
 * The wizard and the API give the same answer: every case of the independent adversarial
 * set (backstop-core's test resources) is answered through the wizard's forms, as a
 * browser without JavaScript would send them, CSRF token and all, and the level on the
 * result page must be the level {@code POST /api/v1/assessments} gives for the same JSON.
 * A contract field that can change the level but has no control in the wizard would make
 * a case disagree here.
 */
@ApiTest
class WizardAgreesWithApiTest {

	static final Path CASES = Path.of("..", "backstop-core", "src", "test", "resources", "adversarial", "cases.json");

	private static final Pattern LEVEL = Pattern.compile("data-level=\"([a-z_0-9]+)\"");

	@LocalServerPort
	int port;

	@Test
	void everyAdversarialCaseGetsTheSameLevelFromTheWizardAsFromTheApi() throws IOException {
		JsonNode cases = JsonMapper.shared().readTree(Files.readString(CASES));
		assertThat(cases.size()).isGreaterThanOrEqualTo(150);
		Http api = new Http(this.port);
		List<String> disagreements = new ArrayList<>();
		for (JsonNode kase : cases) {
			JsonNode input = kase.get("input");
			HttpResponse<String> answer = api.postJson("/api/v1/assessments", input.toString());
			assertThat(answer.statusCode()).as(kase.get("id").asString()).isEqualTo(200);
			String fromApi = Http.json(answer).at("/triage/level").asString();
			String fromWizard = throughTheWizard(input);
			if (!fromApi.equals(fromWizard)) {
				disagreements.add(kase.get("id").asString() + ": API " + fromApi + ", wizard " + fromWizard);
			}
		}
		assertThat(disagreements).as("cases where the wizard and the API disagree").isEmpty();
	}

	/** Answers the wizard's six steps with the input's answers and reads the level. */
	private String throughTheWizard(JsonNode input) {
		WizardWalk walk = new WizardWalk(Http.browser(this.port));
		walk.walk(steps(input));
		HttpResponse<String> result = walk.browser.get("/assess/result");
		Matcher level = LEVEL.matcher(result.body());
		return level.find() ? level.group(1) : "no result page: " + result.statusCode();
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
		Map<String, List<String>> warningSigns = list(input, "symptoms", "symptoms");
		steps.add(warningSigns.isEmpty() ? Map.of(WizardStep.NO_SYMPTOMS, List.of("true")) : warningSigns);
		Map<String, List<String>> aboutYou = answers(input, "age", "age", "sex", "sex", "pregnant", "pregnant",
				"pregnancyWeeks", "pregnancyWeeks");
		aboutYou.putAll(list(input, "history", "history"));
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
