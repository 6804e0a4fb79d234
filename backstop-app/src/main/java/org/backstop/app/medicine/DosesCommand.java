package org.backstop.app.medicine;

import java.time.Clock;
import java.time.Instant;

import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;

import org.backstop.app.command.JsonCommand;
import org.backstop.core.medicine.DoseGuard;
import org.backstop.core.problem.Checked;

/**
 * {@code backstop doses [--input FILE]}: reads one medicine check (who, and the doses
 * taken), or an array of them, and writes for each medicine whether the next dose is
 * allowed now, when, and how much of the daily maximum is used.
 */
@Command(name = "doses", mixinStandardHelpOptions = true, description = {
		"Check medicine doses from JSON: is the next dose of ibuprofen, naproxen, aspirin or acetaminophen allowed now, when, and how much.",
		"Without \"now\" in the JSON, the current time is used.",
		"Exit codes: 0 done, 2 bad input. Backstop supports decisions; follow the label and ask a pharmacist." })
public class DosesCommand extends JsonCommand {

	Clock clock = Clock.systemUTC();

	/** One moment for the whole run, so that every check in an array answers for it. */
	private Instant now;

	@Override
	public Integer call() {
		this.now = this.clock.instant();
		return super.call();
	}

	@Override
	protected Checked<?> answer(JsonNode object, String prefix) {
		return DoseGuard.check(object, prefix, this.now);
	}

}
