package org.backstop.core.assessment;

import org.backstop.core.json.Coded;

/**
 * Pain medicines Backstop knows: the over-the-counter ones it can dose, a gel, and
 * prescription muscle relaxants, which it only ever names as something to discuss.
 */
public enum Medicine implements Coded {

	IBUPROFEN(true, true), NAPROXEN(true, true), ASPIRIN(true, true), ACETAMINOPHEN(true, false),
	DICLOFENAC_GEL(false, false), MUSCLE_RELAXANT(false, false);

	static final Codes<Medicine> CODES = Coded.codes(Medicine.class);

	private final boolean doseChecked;

	private final boolean oralNsaid;

	Medicine(boolean doseChecked, boolean oralNsaid) {
		this.doseChecked = doseChecked;
		this.oralNsaid = oralNsaid;
	}

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

	/** Whether it is taken by mouth in milligram doses that the dose guard checks. */
	public boolean isDoseChecked() {
		return this.doseChecked;
	}

	/**
	 * Whether it is an anti-inflammatory taken by mouth; never take two of these
	 * together.
	 */
	public boolean isOralNsaid() {
		return this.oralNsaid;
	}

}
