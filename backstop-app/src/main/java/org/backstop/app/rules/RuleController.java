package org.backstop.app.rules;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.backstop.core.triage.RuleDescription;

/** {@code GET /api/v1/rules}: every triage rule with its level, criteria and sources. */
@RestController
class RuleController {

	private static final List<RuleDescription> RULES = RuleDescription.all();

	@GetMapping("/api/v1/rules")
	@Operation(summary = "List every triage rule, most urgent first, with its level, criteria and sources")
	List<RuleDescription> rules() {
		return RULES;
	}

}
