package org.backstop.core.assessment;

import org.backstop.core.json.Coded;

/** Things a person has at hand for self-care. */
public enum Equipment implements Coded {

	HEAT_PACK, HOT_WATER_BOTTLE, ICE_PACK, SAUNA_ACCESS, RESISTANCE_BAND, STABILITY_BALL, FOAM_ROLLER;

	static final Codes<Equipment> CODES = Coded.codes(Equipment.class);

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
