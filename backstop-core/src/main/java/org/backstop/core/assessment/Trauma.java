package org.backstop.core.assessment;

import org.backstop.core.json.Coded;

/**
 * Injury before the pain began: none, minor (a fall from standing, lifting) or major (a
 * road collision, a fall from height).
 */
public enum Trauma implements Coded {

	NONE, MINOR, MAJOR;

	static final Codes<Trauma> CODES = Coded.codes(Trauma.class);

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
