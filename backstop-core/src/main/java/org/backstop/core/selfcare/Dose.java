package org.backstop.core.selfcare;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How much, how often and for how long. Only the fields that apply are set;
 * {@code summary} says it all in words.
 *
 * @param summary the dose in plain words
 * @param minutes minutes per session
 * @param sets sets per session
 * @param repetitions repetitions per set
 * @param holdSeconds seconds to hold each repetition
 * @param timesPerDay sessions a day
 * @param days for how many days, at most
 * @param singleDoseMgMin smallest single dose of a medicine, mg
 * @param singleDoseMgMax largest single dose of a medicine, mg
 * @param minHoursBetween least hours between two doses
 * @param maxDailyMg most mg in any 24 hours
 * @param litresPerDay litres of water a day, from all sources
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "summary", "minutes", "sets", "repetitions", "holdSeconds", "timesPerDay", "days",
		"singleDoseMgMin", "singleDoseMgMax", "minHoursBetween", "maxDailyMg", "litresPerDay" })
public record Dose(String summary, Integer minutes, Integer sets, Integer repetitions, Integer holdSeconds,
		Integer timesPerDay, Integer days, Integer singleDoseMgMin, Integer singleDoseMgMax, Integer minHoursBetween,
		Integer maxDailyMg, Double litresPerDay) {

	/** A dose described only in words. */
	public static Dose described(String summary) {
		return new Dose(summary, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** Sessions of a number of minutes. */
	public static Dose minutes(String summary, int minutes, int timesPerDay, Integer days) {
		return new Dose(summary, minutes, null, null, null, timesPerDay, days, null, null, null, null, null);
	}

	/** An exercise in sets and repetitions, each held or not. */
	public static Dose exercise(String summary, int sets, int repetitions, Integer holdSeconds, int timesPerDay) {
		return new Dose(summary, null, sets, repetitions, holdSeconds, timesPerDay, null, null, null, null, null, null);
	}

	/** A medicine taken by mouth. */
	public static Dose medicine(String summary, int singleMin, int singleMax, int minHoursBetween, int maxDailyMg,
			int days) {
		return new Dose(summary, null, null, null, null, null, days, singleMin, singleMax, minHoursBetween, maxDailyMg,
				null);
	}

	/** Water a day. */
	public static Dose water(String summary, double litresPerDay) {
		return new Dose(summary, null, null, null, null, null, null, null, null, null, null, litresPerDay);
	}

}
