package org.backstop.core.assessment;

import org.backstop.core.json.Coded;

/** How well the person can move and walk now. */
public enum Mobility implements Coded {

	NORMAL, REDUCED, SEVERELY_LIMITED, UNABLE_TO_WALK;

	static final Codes<Mobility> CODES = Coded.codes(Mobility.class);

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
