package org.backstop.core.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;
import org.backstop.core.questionnaire.Instrument;
import org.backstop.core.questionnaire.Mcid;

/**
 * The trend of one instrument's dated scores. Deterministic: the same scores always give
 * the same trend.
 */
public final class Progress {

	/**
	 * Days with a score needed before any judgement: a first and a latest on different
	 * days. Fewer give "not enough yet", never a guess.
	 */
	public static final int MIN_DAYS = 2;

	private Progress() {
	}

	/**
	 * The trend of the given scores, in any order, or every problem with them: an
	 * instrument that does not measure change, a missing date, a score the instrument
	 * cannot give.
	 */
	public static Checked<Trend> of(Instrument instrument, List<DatedScore> scores) {
		List<Violation> problems = check(instrument, scores, "scores");
		if (!problems.isEmpty()) {
			return Checked.invalid(problems);
		}
		return Checked.valid(trend(instrument, scores));
	}

	/** The problems with an instrument and its scores, with paths under {@code path}. */
	static List<Violation> check(Instrument instrument, List<DatedScore> scores, String path) {
		List<Violation> problems = new ArrayList<>();
		if (instrument == null) {
			problems.add(Violation.of("instrument", "missing", "missing"));
		}
		else if (instrument.mcid() == null) {
			problems.add(Violation.of("instrument", "instrument.no_trend",
					"{0} sorts people into groups for their care; it does not measure change, so it has no trend",
					instrument.name()));
		}
		if (scores == null) {
			problems
				.add(Violation.of(path, "scores.missing", "missing; give a list, empty if there are no scores yet"));
			return problems;
		}
		for (int i = 0; i < scores.size(); i++) {
			DatedScore score = scores.get(i);
			String at = path + "[" + i + "]";
			if (score == null) {
				problems.add(Violation.of(at, "missing", "missing"));
				continue;
			}
			if (score.date() == null) {
				problems.add(Violation.of(at + ".date", "missing", "missing"));
			}
			if (instrument != null && !instrument.inRange(score.value())) {
				problems.add(Violation.of(at + ".value", "score.range", "must be from {0} to {1} for {2}, not {3}",
						number(instrument.min()), number(instrument.max()), instrument.name(),
						String.valueOf(score.value())));
			}
		}
		return problems;
	}

	/** The trend of scores already checked. */
	static Trend trend(Instrument instrument, List<DatedScore> scores) {
		Mcid mcid = instrument.mcid();
		// Stable sort: scores of the same day keep the order they were given in.
		List<DatedScore> sorted = scores.stream().sorted(Comparator.comparing(DatedScore::date)).toList();
		long days = sorted.stream().map(DatedScore::date).distinct().count();
		DatedScore first = sorted.isEmpty() ? null : sorted.get(0);
		DatedScore latest = sorted.isEmpty() ? null : sorted.get(sorted.size() - 1);
		Double threshold = (first != null) ? mcid.threshold(first.value()) : null;
		if (days < MIN_DAYS) {
			return new Trend(instrument.id(), sorted.size(), first, latest, null, null, threshold,
					Judgement.NOT_ENOUGH_YET, (int) (MIN_DAYS - days));
		}
		return new Trend(instrument.id(), sorted.size(), first, latest, latest.value() - first.value(),
				slopePerWeek(sorted), threshold, Improvement.classify(mcid, first.value(), latest.value()), 0);
	}

	/** Ordinary least squares of score on time, in points per week. */
	static double slopePerWeek(List<DatedScore> scores) {
		LocalDate origin = scores.get(0).date();
		double n = scores.size();
		double meanX = 0;
		double meanY = 0;
		for (DatedScore score : scores) {
			meanX += ChronoUnit.DAYS.between(origin, score.date()) / n;
			meanY += score.value() / n;
		}
		double sxy = 0;
		double sxx = 0;
		for (DatedScore score : scores) {
			double dx = ChronoUnit.DAYS.between(origin, score.date()) - meanX;
			sxy += dx * (score.value() - meanY);
			sxx += dx * dx;
		}
		return sxy / sxx * 7;
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
