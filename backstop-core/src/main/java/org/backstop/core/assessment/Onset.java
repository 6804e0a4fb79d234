package org.backstop.core.assessment;

import org.backstop.core.json.Coded;

/** How the pain started. */
public enum Onset implements Coded {

	SUDDEN, GRADUAL;

	static final Codes<Onset> CODES = Coded.codes(Onset.class);

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
