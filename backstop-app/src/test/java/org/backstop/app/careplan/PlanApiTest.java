package org.backstop.app.careplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;

/** {@code POST /api/v1/plans} over real HTTP. */
@ApiTest
class PlanApiTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void aPregnantPersonWithAnUlcerAndRaynaudsGetsASafeUsefulPlan() throws Exception {
		HttpResponse<String> response = post("""
				{"age": 31, "sex": "female", "pregnant": true, "pregnancyWeeks": 30,
				 "pain": {"intensity": 6, "region": "lower_back", "durationDays": 4},
				 "history": ["stomach_ulcer", "raynauds"],
				 "preferences": {"equipment": ["heat_pack", "sauna_access"], "weightKg": 70}}
				""");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JsonNode plan = JSON.readTree(response.body());
		List<String> excluded = new ArrayList<>();
		plan.get("excluded").forEach((e) -> excluded.add(e.get("id").stringValue()));
		assertThat(excluded).contains("ibuprofen", "naproxen", "cold_pack", "infrared_sauna");
		List<String> suggested = new ArrayList<>();
		plan.get("sections").forEach((s) -> s.get("items").forEach((i) -> suggested.add(i.get("id").stringValue())));
		assertThat(suggested).contains("heat_wrap", "water", "sleep_position").doesNotContainAnyElementsOf(excluded);
		assertThat(plan.has("urgent")).isFalse();
	}

	@Test
	void theAssessmentResultCarriesThePlanToo() throws Exception {
		HttpResponse<String> response = send("/api/v1/assessments",
				"{\"age\": 40, \"sex\": \"male\", \"pain\": {\"intensity\": 5, \"region\": \"neck\", \"durationDays\": 2}}");
		JsonNode result = JSON.readTree(response.body());
		assertThat(result.get("plan").get("sections").isArray()).isTrue();
		assertThat(result.get("plan").get("phase").stringValue()).isEqualTo("acute");
	}

	@Test
	void everyBadPreferenceIsNamed() throws Exception {
		HttpResponse<String> response = post("""
				{"age": 40, "sex": "male", "pain": {"intensity": 5, "region": "neck", "durationDays": 2},
				 "preferences": {"equipment": ["treadmill"], "likes": ["parkour"], "currentMedicines": ["codeine"],
				                 "weightKg": 1000, "colour": "red"}}
				""");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		List<String> fields = new ArrayList<>();
		JSON.readTree(response.body()).get("errors").forEach((e) -> fields.add(e.get("field").stringValue()));
		assertThat(fields).containsExactlyInAnyOrder("preferences.equipment[0]", "preferences.likes[0]",
				"preferences.currentMedicines[0]", "preferences.weightKg", "preferences.colour");
	}

	@Test
	void brokenJsonIsAProblemNotAnError() throws Exception {
		HttpResponse<String> response = post("{\"age\": ");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Exception", "at org.");
	}

	HttpResponse<String> post(String json) throws Exception {
		return send("/api/v1/plans", json);
	}

	HttpResponse<String> send(String path, String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
