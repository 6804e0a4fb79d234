package org.backstop.app.diary;

import org.backstop.core.json.Coded;

/** How a person slept. */
enum SleepPosition implements Coded {

	BACK, SIDE, FRONT, MIXED;

	static final Codes<SleepPosition> CODES = Coded.codes(SleepPosition.class);

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
