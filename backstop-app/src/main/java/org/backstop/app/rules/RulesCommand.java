package org.backstop.app.rules;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.backstop.core.json.StrictJson;
import org.backstop.core.triage.RuleDescription;

/** {@code backstop rules}: prints every triage rule, as text or as JSON. */
@Command(name = "rules", mixinStandardHelpOptions = true,
		description = "List every triage rule, most urgent first, with its level, criteria and sources.")
public class RulesCommand implements Callable<Integer> {

	@Option(names = "--json", description = "Print the rules as JSON, as GET /api/v1/rules does.")
	boolean json;

	PrintStream out = System.out;

	@Override
	public Integer call() {
		List<RuleDescription> rules = RuleDescription.all();
		if (this.json) {
			this.out.println(StrictJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(rules));
			return 0;
		}
		for (RuleDescription rule : rules) {
			this.out.printf("%-20s %s  [%s]%n", rule.level().code(), rule.code(), rule.group());
			this.out.printf("%-20s when: %s%n", "", rule.criteria());
			this.out.printf("%-20s source: %s%n", "",
					rule.sources()
						.stream()
						.map(RuleDescription.SourceReference::shortName)
						.collect(Collectors.joining("; ")));
		}
		this.out.println();
		this.out.println(rules.size()
				+ " rules. The most urgent rule that fires decides the level; every rule that fires is listed.");
		return 0;
	}

}
