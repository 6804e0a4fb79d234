package org.backstop.core.assessment;

/** Sex as the person states it. */
public enum Sex implements Coded {

	FEMALE, MALE, OTHER;

	static final Codes<Sex> CODES = Coded.codes(Sex.class);

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
