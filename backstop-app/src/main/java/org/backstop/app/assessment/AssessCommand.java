package org.backstop.app.assessment;

import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;

import org.backstop.app.command.JsonCommand;
import org.backstop.core.AssessmentEngine;
import org.backstop.core.problem.Checked;

/**
 * {@code backstop assess [--input FILE]}: assesses one back spasm, or an array of them.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
		description = { "Assess one back spasm, or an array of them, from JSON (see the README for the fields).",
				"Exit codes: 0 done, 2 bad input. Backstop supports decisions; it does not diagnose." })
public class AssessCommand extends JsonCommand {

	@Override
	protected Checked<?> answer(JsonNode object, String prefix) {
		return AssessmentEngine.assess(object, prefix);
	}

}
