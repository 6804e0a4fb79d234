package org.backstop.core.medicine;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.backstop.core.assessment.Medicine;
import org.backstop.core.problem.CodedText;

/**
 * The dose guard's answer for one medicine.
 *
 * @param medicine the medicine (active ingredient)
 * @param allowedNow whether a dose may be taken now
 * @param nextAllowedAt the earliest time a dose may be taken (now, when allowed now), or
 * {@code null} when it should not be taken at all without a pharmacist's or doctor's
 * advice
 * @param maxNextDoseMg the most to take now: never more than the single dose on the label
 * nor what is left of the daily maximum; 0 when not allowed now
 * @param usedMgLast24h milligrams taken in the 24 hours up to now, over every product
 * with this ingredient
 * @param dailyMaxMg this person's most in any 24 hours
 * @param percentOfDailyMax {@code usedMgLast24h} as a whole percentage of
 * {@code dailyMaxMg}, rounded down
 * @param minHoursBetween least hours between two doses
 * @param daysOfUse on how many of the last 14 periods of 24 hours, counted back from now,
 * a dose was taken
 * @param maxDays most days of use without advice from a clinician
 * @param because why it is not allowed now, or why less than a full dose, with codes and
 * arguments for other languages (the JSON's {@code reasons} gives their English)
 * @param warnings what to know before taking it
 */
@JsonPropertyOrder({ "medicine", "allowedNow", "nextAllowedAt", "maxNextDoseMg", "usedMgLast24h", "dailyMaxMg",
		"percentOfDailyMax", "minHoursBetween", "daysOfUse", "maxDays", "reasons", "warnings" })
public record MedicineStatus(Medicine medicine, boolean allowedNow, Instant nextAllowedAt, int maxNextDoseMg,
		int usedMgLast24h, int dailyMaxMg, int percentOfDailyMax, int minHoursBetween, int daysOfUse, int maxDays,
		@JsonIgnore List<CodedText> because, List<DoseWarning> warnings) {

	public MedicineStatus {
		because = List.copyOf(because);
		warnings = List.copyOf(warnings);
	}

	/**
	 * Why it is not allowed now, or why less than a full dose, in plain English words.
	 */
	@JsonProperty("reasons")
	public List<String> reasons() {
		return this.because.stream().map(CodedText::english).toList();
	}

	/** Whether a warning with this code is among the warnings. */
	public boolean warns(String code) {
		return this.warnings.stream().anyMatch((warning) -> warning.code().equals(code));
	}

}
