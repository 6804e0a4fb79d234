package org.backstop.app.diary;

import org.backstop.core.json.Coded;

/** The mattress a person slept on, as they feel it. */
enum Mattress implements Coded {

	FIRM, MEDIUM, SOFT;

	static final Codes<Mattress> CODES = Coded.codes(Mattress.class);

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
