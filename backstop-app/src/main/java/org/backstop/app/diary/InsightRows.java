package org.backstop.app.diary;

import org.backstop.core.problem.CodedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import org.backstop.core.insight.Interval;
import org.backstop.core.insight.TreatmentInsight;
import org.backstop.core.insight.TriggerInsight;

/**
 * The insights page's rows: each insight with its summary in the reader's language and,
 * when measured, its interval plot. A summary is the core's message code with its
 * arguments, through the diary bundle, with the factor named in the reader's words;
 * without a translation it stays the core's English text.
 *
 * @param daysLogged how many days the diary holds
 * @param spasmDays how many had a spasm
 * @param triggers one row per factor and lag, measured first
 * @param treatments the treatments, ranked first, then those with too few uses
 * @param closeCalls the pairs of treatments the diary cannot yet tell apart
 */
public record InsightRows(int daysLogged, int spasmDays, List<Row> triggers, List<Row> treatments,
		List<Text> closeCalls) {

	static InsightRows of(DiaryInsights insights, MessageSource messages, Locale locale) {
		List<Row> measured = new ArrayList<>();
		List<Row> waiting = new ArrayList<>();
		for (TriggerInsight insight : insights.triggers()) {
			String factor = factorName(insight.factor(), messages, locale);
			Text summary = text(insight.summary(), factor, messages, locale);
			if (insight instanceof TriggerInsight.Measured m) {
				measured.add(new Row(factor, m.lag().code(), supportCode(m.support()), summary,
						Plot.ratio(m.riskRatio()), null));
			}
			else {
				waiting.add(new Row(factor, insight.lag().code(), null, summary, null,
						((TriggerInsight.NotEnoughData) insight).daysMoreNeeded()));
			}
		}
		measured.addAll(waiting);
		List<Row> treatments = new ArrayList<>();
		for (TreatmentInsight.Measured m : insights.treatments().ranked()) {
			treatments.add(new Row(m.treatment(), null, supportCode(m.support()),
					text(m.summary(), null, messages, locale), Plot.points(m.relief()), null));
		}
		for (TreatmentInsight.NotEnoughData n : insights.treatments().notEnoughData()) {
			treatments.add(new Row(n.treatment(), null, null, text(n.summary(), null, messages, locale), null,
					n.usesMoreNeeded()));
		}
		List<Text> closeCalls = insights.treatments()
			.closeCalls()
			.stream()
			.map((c) -> text(c, null, messages, locale))
			.toList();
		return new InsightRows(insights.daysLogged(), insights.spasmDays(), measured, treatments, closeCalls);
	}

	/**
	 * A factor in the reader's words: a built-in one by its message, a personal one by
	 * the name the person gave it.
	 */
	static String factorName(String factor, MessageSource messages, Locale locale) {
		if (factor.startsWith(DailyFactor.PERSONAL_PREFIX)) {
			return factor.substring(DailyFactor.PERSONAL_PREFIX.length());
		}
		return messages.getMessage("diary.factor." + factor, null, factor, locale);
	}

	private static Text text(CodedText text, String factor, MessageSource messages, Locale locale) {
		Object[] arguments = text.arguments().toArray();
		if (factor != null && arguments.length > 0) {
			arguments[0] = factor;
		}
		String translated = messages.getMessage(text.code(), arguments, null, locale);
		return (translated != null) ? new Text(translated, false) : new Text(text.english(), true);
	}

	private static String supportCode(org.backstop.core.insight.Support support) {
		return support.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * One insight.
	 *
	 * @param name the factor or treatment, in the reader's words
	 * @param lag {@code same_day} or {@code previous_day}; {@code null} for a treatment
	 * @param support how far the diary supports it; {@code null} when not measured
	 * @param summary the summary
	 * @param plot the interval plot; {@code null} when not measured
	 * @param moreNeeded how many more days (or uses) to log; {@code null} when measured
	 */
	public record Row(String name, String lag, String support, Text summary, Plot plot, Integer moreNeeded) {
	}

	/** A sentence, with whether it is still the core's English. */
	public record Text(String text, boolean english) {
	}

	/**
	 * An interval plot's coordinates on a 0 to 200 wide drawing: the estimate's point,
	 * its 95% interval's line and the line of "no difference". Values beyond the axis are
	 * drawn at its end, with an arrow there.
	 *
	 * @param low where the interval starts
	 * @param point where the estimate is
	 * @param high where the interval ends
	 * @param reference where "no difference" is
	 * @param beyondLow whether the interval goes on past the left end
	 * @param beyondHigh whether it goes on past the right end
	 * @param estimate the estimate, for the text beside the plot
	 * @param lower the lower end
	 * @param upper the upper end
	 * @param ratio whether the axis is a ratio on a log scale (else points of pain)
	 */
	public record Plot(double low, double point, double high, double reference, boolean beyondLow, boolean beyondHigh,
			double estimate, double lower, double upper, boolean ratio) {

		static final double LEFT = 10;

		static final double RIGHT = 190;

		/** Ratios from 1/8 to 8 on a log scale, 1 in the middle. */
		static final double RATIO_LIMIT = 8;

		/** Pain relief from 10 points worse to 10 points better, 0 in the middle. */
		static final double POINTS_LIMIT = 10;

		static Plot ratio(Interval interval) {
			double span = Math.log(RATIO_LIMIT);
			return new Plot(ratioX(interval.lower(), span), ratioX(interval.estimate(), span),
					ratioX(interval.upper(), span), ratioX(1, span), interval.lower() < 1 / RATIO_LIMIT,
					interval.upper() > RATIO_LIMIT, interval.estimate(), interval.lower(), interval.upper(), true);
		}

		static Plot points(Interval interval) {
			return new Plot(pointsX(interval.lower()), pointsX(interval.estimate()), pointsX(interval.upper()),
					pointsX(0), interval.lower() < -POINTS_LIMIT, interval.upper() > POINTS_LIMIT, interval.estimate(),
					interval.lower(), interval.upper(), false);
		}

		private static double ratioX(double value, double span) {
			double log = (value > 0) ? Math.log(value) : -span;
			return place(Math.max(-1, Math.min(1, log / span)));
		}

		private static double pointsX(double value) {
			return place(Math.max(-1, Math.min(1, value / POINTS_LIMIT)));
		}

		/** From -1 (left end) to 1 (right end), rounded to a tenth. */
		private static double place(double unit) {
			return Math.round((LEFT + (unit + 1) / 2 * (RIGHT - LEFT)) * 10) / 10.0;
		}

	}

}
