package org.backstop.core.selfcare;

/**
 * What a plan item is or asks of the body. Contraindications name tags, so one rule
 * covers every item that carries the tag (every exercise done lying on the back, say).
 */
public enum CareTag {

	/** Ibuprofen, naproxen, aspirin by mouth. */
	ORAL_NSAID,
	/** Anti-inflammatory gel on the skin. */
	TOPICAL_NSAID, ACETAMINOPHEN, ASPIRIN,
	/** Any medicine with a dose. */
	MEDICINE,
	/** Prescription muscle relaxants, only ever to discuss with a prescriber. */
	MUSCLE_RELAXANT,
	/** Heat on the skin over the painful area: heat pack, wrap, hot-water bottle. */
	LOCAL_HEAT,
	/** Heat that raises the body's core temperature: sauna, hot tub. */
	WHOLE_BODY_HEAT,
	/** Cold on the skin: ice pack, gel pack. */
	LOCAL_COLD,
	/** Whole-body cryotherapy. */
	WHOLE_BODY_COLD, TURMERIC, GINGER,
	/** Done lying flat on the back. */
	LYING_ON_BACK,
	/** Done lying face down. */
	LYING_FACE_DOWN,
	/**
	 * Bending the spine forward to its end of range, as in pulling both knees to the
	 * chest.
	 */
	END_RANGE_FLEXION,
	/** Holding the spine bent forward, as in Child's Pose. */
	SUSTAINED_FLEXION,
	/** Twisting the spine. */
	TWISTING,
	/** High-velocity thrust to the spine by a practitioner. */
	SPINAL_MANIPULATION,
	/** Any exercise or stretch. */
	EXERCISE,
	/** A daily water target. */
	WATER_TARGET

}
