package org.backstop.core.progress;

import java.util.List;
import java.util.stream.Collectors;

import org.backstop.core.knowledge.Source;
import org.backstop.core.triage.TriageLevel;

/**
 * A reason, found in a person's diary, to get care rather than go on with self-care.
 *
 * @param level how soon to get care
 * @param reason stable snake_case code of the rule that found it
 * @param sources where the rule comes from
 * @param text what the person is told, in plain English
 * @param triageRule for a warning sign logged in the diary, the code of the triage rule
 * that fired when the triage was run again; else {@code null}
 */
public record Escalation(TriageLevel level, String reason, List<Source> sources, String text, String triageRule) {

	/** A new warning sign in the diary, read by the triage again. */
	public static final String NEW_WARNING_SIGN = "new_warning_sign";

	/** The score got worse by at least the meaningful change. */
	public static final String WORSENING = "worsening";

	/** The self-care period has passed without a change that matters. */
	public static final String SELF_CARE_NOT_WORKING = "self_care_not_working";

	/** The self-care period has passed and the diary has too few scores to tell. */
	public static final String PROGRESS_UNKNOWN = "progress_unknown";

	public Escalation {
		sources = List.copyOf(sources);
		if (sources.isEmpty()) {
			throw new IllegalArgumentException("escalation " + reason + " cites no source");
		}
	}

	/** The sources' short names as one line, as triage reasons give them. */
	public String sourceText() {
		return this.sources.stream().map(Source::shortName).collect(Collectors.joining("; "));
	}

}
