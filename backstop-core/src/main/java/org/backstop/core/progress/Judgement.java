package org.backstop.core.progress;

import java.util.Locale;

/**
 * Whether a change in score matters, judged against the instrument's minimal clinically
 * important difference. Declared from best to worst, with "not enough yet" last: it is no
 * judgement at all.
 */
public enum Judgement {

	/** Better by at least the meaningful change. */
	IMPROVED("better by a change that matters"),

	/** Changed by less than the meaningful change, either way. */
	NO_MEANINGFUL_CHANGE("no change that matters yet"),

	/** Worse by at least the meaningful change. */
	WORSE("worse by a change that matters"),

	/** Too few scores to say. */
	NOT_ENOUGH_YET("not enough scores yet to tell");

	private final String text;

	Judgement(String text) {
		this.text = text;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** What it means, in a few plain words. */
	public String text() {
		return this.text;
	}

}
