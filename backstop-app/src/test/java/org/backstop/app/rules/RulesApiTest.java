package org.backstop.app.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.core.knowledge.Source;
import org.backstop.core.triage.RuleDescription;
import org.backstop.core.triage.TriageLevel;

/** The published rules and the OpenAPI description, over real HTTP. */
@ApiTest
class RulesApiTest {

	@LocalServerPort
	int port;

	@Test
	void everyRuleIsPublishedWithItsLevelCriteriaAndSources() {
		JsonNode rules = Http.json(new Http(this.port).get("/api/v1/rules"));
		assertThat(rules.size()).isEqualTo(RuleDescription.all().size());
		List<Integer> urgency = new ArrayList<>();
		for (JsonNode rule : rules) {
			assertThat(rule.get("code").stringValue()).isNotBlank();
			assertThat(rule.get("criteria").stringValue()).isNotBlank();
			assertThat(rule.get("text").stringValue()).isNotBlank();
			assertThat(rule.get("sources").get(0).get("citation").stringValue()).isNotBlank();
			urgency.add(TriageLevel.valueOf(rule.get("level").stringValue().toUpperCase()).ordinal());
		}
		assertThat(urgency).isSorted();
	}

	/** Each cited source says when it was last checked against the clinical reference. */
	@Test
	void everySourceSaysWhenItWasLastChecked() {
		JsonNode rules = Http.json(new Http(this.port).get("/api/v1/rules"));
		Map<String, LocalDate> checked = new HashMap<>();
		for (Source source : Source.values()) {
			checked.put(source.shortName(), source.checked());
		}
		int cited = 0;
		for (JsonNode rule : rules) {
			for (JsonNode source : rule.get("sources")) {
				String name = source.get("shortName").stringValue();
				assertThat(source.get("checked").stringValue()).as(name).isEqualTo(checked.get(name).toString());
				cited++;
			}
		}
		assertThat(cited).isGreaterThan(rules.size());
		JsonNode api = Http.json(new Http(this.port).get("/v3/api-docs"));
		JsonNode date = api.at("/components/schemas/SourceReference/properties/checked");
		assertThat(date.get("type").stringValue()).isEqualTo("string");
		assertThat(date.get("format").stringValue()).isEqualTo("date");
	}

	@Test
	void theOpenApiDescriptionStatesTheContract() {
		JsonNode api = Http.json(new Http(this.port).get("/v3/api-docs"));
		assertThat(api.get("paths").propertyNames()).contains("/api/v1/assessments", "/api/v1/plans", "/api/v1/rules");
		JsonNode input = api.at("/components/schemas/AssessmentInput");
		assertThat(input.get("required").toString()).contains("age", "sex", "pain");
		assertThat(input.get("additionalProperties").booleanValue()).isFalse();
		assertThat(input.at("/properties/age/maximum").intValue()).isEqualTo(120);
		assertThat(input.at("/properties/symptoms/items/enum").toString()).contains("saddle_numbness");
		assertThat(api.at("/components/schemas/Pain/properties/region/enum").toString()).contains("lower_back");
		assertThat(api.at("/components/schemas/Preferences/properties/equipment/items/enum").toString())
			.contains("heat_pack");
	}

	@Test
	void theOpenApiDescriptionSaysWhichAnswersAcceptNotSure() {
		JsonNode api = Http.json(new Http(this.port).get("/v3/api-docs"));
		JsonNode input = api.at("/components/schemas/AssessmentInput");
		assertThat(input.at("/properties/symptomsNotSure/items/enum").toString()).contains("saddle_numbness");
		assertThat(input.at("/properties/historyNotSure/items/enum").toString()).contains("cancer");
		assertThat(input.at("/properties/pregnant/anyOf").toString()).contains("boolean", "not_sure");
		JsonNode pain = api.at("/components/schemas/Pain/properties");
		assertThat(pain.at("/onset/enum").toString()).contains("sudden", "not_sure");
		assertThat(pain.at("/radiation/enum").toString()).contains("both_legs", "not_sure");
		assertThat(pain.at("/legSymptomsDays/anyOf").toString()).contains("integer", "not_sure");
		assertThat(pain.at("/region/enum").toString()).doesNotContain("not_sure");
		assertThat(api.at("/components/schemas/SelfCare/properties/improving/anyOf").toString()).contains("not_sure");
		assertThat(api.at("/components/schemas/PhysicalFunction/properties/mobility/enum").toString())
			.contains("not_sure");
	}

}
