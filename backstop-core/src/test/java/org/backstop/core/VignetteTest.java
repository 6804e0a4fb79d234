package org.backstop.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import org.backstop.core.assessment.AssessmentJson;
import org.backstop.core.problem.Checked;
import org.backstop.core.triage.RuleDescription;
import org.backstop.core.triage.TriageReason;

/**
 * Clinical vignettes, kept as data in {@code vignettes/vignettes.json}: short stories of
 * people with back pain, written from the clinical reference, each with the triage level
 * the reference gives and the rules that should say why.
 */
class VignetteTest {

	static final String FILE = "/vignettes/vignettes.json";

	@TestFactory
	Stream<DynamicTest> eachVignetteGetsTheLevelTheClinicalReferenceGives() throws IOException {
		return vignettes().stream().map((vignette) -> DynamicTest.dynamicTest(vignette.get("id").stringValue(), () -> {
			Checked<AssessmentResult> result = AssessmentEngine.assess(vignette.get("input"));
			assertThat(result.violations()).as("input of the vignette").isEmpty();
			AssessmentResult assessment = result.value();
			assertThat(assessment.triage().level().code()).as(vignette.get("story").stringValue())
				.isEqualTo(vignette.get("expectedLevel").stringValue());
			List<String> listed = assessment.triage().reasons().stream().map(TriageReason::code).toList();
			for (JsonNode rule : vignette.path("expectedRules")) {
				assertThat(listed).as("rules listed").contains(rule.stringValue());
			}
			if (vignette.get("expectedRules") != null && vignette.get("expectedRules").isEmpty()) {
				assertThat(listed).as("no rule for a plain spasm").isEmpty();
			}
			if (vignette.has("expectedSeverity")) {
				assertThat(assessment.severity().level().code()).as("severity")
					.isEqualTo(vignette.get("expectedSeverity").stringValue());
			}
		}));
	}

	@Test
	void theSuiteIsLargeAndCoversEveryRuleGroup() throws IOException {
		List<JsonNode> vignettes = vignettes();
		assertThat(vignettes).hasSizeGreaterThanOrEqualTo(40);
		Set<String> ids = new HashSet<>();
		Set<String> coveredRules = new HashSet<>();
		for (JsonNode vignette : vignettes) {
			assertThat(ids.add(vignette.get("id").stringValue())).as("unique id").isTrue();
			vignette.path("expectedRules").forEach((rule) -> coveredRules.add(rule.stringValue()));
		}
		Set<String> groupsWithAVignette = new HashSet<>();
		Set<String> allGroups = new HashSet<>();
		for (RuleDescription rule : RuleDescription.all()) {
			allGroups.add(rule.group());
			if (coveredRules.contains(rule.code())) {
				groupsWithAVignette.add(rule.group());
			}
		}
		allGroups.remove("Other symptoms");
		assertThat(groupsWithAVignette).containsAll(allGroups);
		long plainSelfCare = vignettes.stream()
			.filter((v) -> v.get("expectedLevel").stringValue().equals("self_care")
					&& v.path("expectedRules").isEmpty())
			.count();
		assertThat(plainSelfCare).isGreaterThanOrEqualTo(8);
	}

	static List<JsonNode> vignettes() throws IOException {
		try (InputStream in = VignetteTest.class.getResourceAsStream(FILE)) {
			List<JsonNode> list = new ArrayList<>();
			AssessmentJson.mapper().readTree(in).forEach(list::add);
			return list;
		}
	}

}
