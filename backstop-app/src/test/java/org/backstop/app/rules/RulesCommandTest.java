package org.backstop.app.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

import org.backstop.core.json.StrictJson;
import org.backstop.core.knowledge.Source;
import org.backstop.core.triage.RuleDescription;

/**
 * {@code backstop rules --json}: the rules as the API gives them, sources with their
 * dates.
 */
class RulesCommandTest {

	@Test
	void printsEveryRuleWithItsSourcesAndWhenEachWasChecked() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		RulesCommand rules = new RulesCommand();
		rules.out = new PrintStream(out, true, StandardCharsets.UTF_8);
		assertThat(new CommandLine(rules).execute("--json")).isZero();
		JsonNode json = StrictJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
		assertThat(json.size()).isEqualTo(RuleDescription.all().size());
		Map<String, Source> byName = Arrays.stream(Source.values())
			.collect(Collectors.toMap(Source::shortName, Function.identity()));
		for (JsonNode rule : json) {
			for (JsonNode source : rule.get("sources")) {
				String name = source.get("shortName").stringValue();
				assertThat(source.get("checked").stringValue()).as(rule.get("code").stringValue() + " " + name)
					.isEqualTo(byName.get(name).checked().toString());
			}
		}
	}

}
