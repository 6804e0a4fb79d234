package org.backstop.core.assessment;

import org.backstop.core.json.Coded;

/** Sex as the person states it. */
public enum Sex implements Coded {

	FEMALE, MALE, OTHER;

	static final Codes<Sex> CODES = Coded.codes(Sex.class);

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
