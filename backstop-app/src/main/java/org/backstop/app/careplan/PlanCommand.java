package org.backstop.app.careplan;

import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;

import org.backstop.app.command.JsonCommand;
import org.backstop.core.AssessmentEngine;
import org.backstop.core.AssessmentResult;
import org.backstop.core.problem.Checked;

/**
 * {@code backstop plan [--input FILE]}: the self-care plan for one assessment, or an
 * array.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
		description = { "Make a self-care plan from the assessment JSON, with optional preferences.",
				"Exit codes: 0 done, 2 bad input. Backstop supports decisions; it does not diagnose." })
public class PlanCommand extends JsonCommand {

	@Override
	protected Checked<?> answer(JsonNode object, String prefix) {
		return AssessmentEngine.assess(object, prefix).map(AssessmentResult::plan);
	}

}
