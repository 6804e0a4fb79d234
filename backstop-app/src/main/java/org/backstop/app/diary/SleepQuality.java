package org.backstop.app.diary;

import org.backstop.core.json.Coded;

/** How well a person slept. */
enum SleepQuality implements Coded {

	POOR, FAIR, GOOD;

	static final Codes<SleepQuality> CODES = Coded.codes(SleepQuality.class);

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
