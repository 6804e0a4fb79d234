package org.backstop.core.assessment;

import org.backstop.core.json.Coded;

/** Where pain spreads beyond the back. */
public enum Radiation implements Coded {

	NONE, BUTTOCK_THIGH, BELOW_KNEE, BOTH_LEGS;

	static final Codes<Radiation> CODES = Coded.codes(Radiation.class);

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
