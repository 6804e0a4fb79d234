package org.backstop.core.progress;

import java.time.LocalDate;

/**
 * One score of one instrument, on the person's own calendar day.
 *
 * @param date the day it was given, in the person's time zone
 * @param value the score
 */
public record DatedScore(LocalDate date, double value) {

}
