package org.backstop.core.assessment;

import org.backstop.core.json.Coded;

/** Where the back pain is. */
public enum Region implements Coded {

	NECK, UPPER_BACK, MID_BACK, LOWER_BACK;

	static final Codes<Region> CODES = Coded.codes(Region.class);

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
