package org.backstop.core.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How one answer given as "not sure" was read: as whichever known answer gives the most
 * urgent result.
 *
 * @param answer the field's path, such as {@code pain.onset}; for a code, the list and
 * the code, such as {@code symptoms.saddle_numbness}
 * @param readAs the value it was read as: a code, {@code true} or {@code false}, a
 * number, or {@code present} for a symptom or history code
 */
@JsonPropertyOrder({ "answer", "readAs" })
public record NotSureAnswer(String answer, Object readAs) {

	/** How a symptom or history code given as "not sure" is read. */
	public static final String PRESENT = "present";

}
