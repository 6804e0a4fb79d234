package org.backstop.core.severity;

import java.util.ArrayList;
import java.util.List;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.Mobility;

/**
 * Grades a back spasm as minor, moderate or severe (FACTS 3; REFERENCE 2.2). The grade is
 * the pain band, raised to at least moderate when mobility is reduced or spasms come
 * daily, and to severe when mobility is severely limited, the person cannot walk, or pain
 * of 5 or more comes with spasms several times a day. The grade never replaces triage: a
 * minor spasm with a red flag is still urgent.
 */
public final class SeverityGrader {

	/** Highest pain score in the minor band. */
	static final int MINOR_MAX = 3;

	/** Highest pain score in the moderate band. */
	static final int MODERATE_MAX = 6;

	/** Seven spasms a week: daily. */
	static final int DAILY_SPASMS_PER_WEEK = 7;

	/** Three or more a day: several times a day. */
	static final int SEVERAL_A_DAY_SPASMS_PER_WEEK = 21;

	/** Pain from which frequent spasms make the grade severe. */
	static final int FREQUENT_SPASMS_SEVERE_FROM_PAIN = 5;

	static final String CUT_POINTS = "Pain 0-3 minor, 4-6 moderate, 7-10 severe; at least moderate with reduced mobility or 7 or more spasms a week; severe with severely limited mobility, being unable to walk, or pain of 5 or more with 21 or more spasms a week. These bands are a common convention: studies put the cut points in different places (Serlin 1995: 1-4, 5-6, 7-10; Boonstra 2016: up to 5, 6-7, 8-10).";

	static final String SOURCE = "Serlin 1995; Boonstra 2016";

	/** The pain-band factor for each score 0 to 10, built once. */
	private static final String[] PAIN_BAND_FACTORS = new String[11];

	static {
		for (int pain = 0; pain <= 10; pain++) {
			PAIN_BAND_FACTORS[pain] = "Pain " + pain + " out of 10 is in the " + band(pain).code() + " band.";
		}
	}

	private SeverityGrader() {
	}

	public static SeverityResult grade(AssessmentInput input) {
		List<String> factors = new ArrayList<>(3);
		int pain = input.pain().intensity();
		SeverityLevel level = band(pain);
		factors.add(PAIN_BAND_FACTORS[pain]);

		Mobility mobility = input.mobility();
		if (mobility == Mobility.SEVERELY_LIMITED || mobility == Mobility.UNABLE_TO_WALK) {
			factors.add((mobility == Mobility.UNABLE_TO_WALK) ? "Not being able to walk makes it severe."
					: "Severely limited movement makes it severe.");
			level = SeverityLevel.SEVERE;
		}
		else if (mobility == Mobility.REDUCED && level == SeverityLevel.MINOR) {
			factors.add("Reduced movement raises it to at least moderate.");
			level = SeverityLevel.MODERATE;
		}

		int spasms = input.pain().spasmsPerWeekOrZero();
		if (spasms >= SEVERAL_A_DAY_SPASMS_PER_WEEK && pain >= FREQUENT_SPASMS_SEVERE_FROM_PAIN
				&& level != SeverityLevel.SEVERE) {
			factors.add(spasms + " spasms a week, several a day, with pain of " + pain + " makes it severe.");
			level = SeverityLevel.SEVERE;
		}
		else if (spasms >= DAILY_SPASMS_PER_WEEK && level == SeverityLevel.MINOR) {
			factors.add(spasms + " spasms a week, at least daily, raises it to at least moderate.");
			level = SeverityLevel.MODERATE;
		}
		return new SeverityResult(level, factors, CUT_POINTS, SOURCE);
	}

	static SeverityLevel band(int pain) {
		if (pain <= MINOR_MAX) {
			return SeverityLevel.MINOR;
		}
		return (pain <= MODERATE_MAX) ? SeverityLevel.MODERATE : SeverityLevel.SEVERE;
	}

}
