package org.backstop.core.insight;

import org.backstop.core.problem.CodedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.inference.BinomialTest;
import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * Which factors go with a person's spasm days, from their own diary: for each factor and
 * lag, days with the factor against days without it.
 *
 * <p>
 * The comparison is only made once there are at least {@link #MIN_DAYS_EACH} days with
 * and as many without the factor, and {@link #MIN_SPASM_DAYS} spasm days among them.
 * These are the fewest for which the exact test could ever reach p &lt; 0.05: with a week
 * of each, four spasm days all on days with the factor still give p = 0.070, five give p
 * = 0.021. (Three days of each, as some diary apps use, can never give less than p =
 * 0.10.)
 */
public final class TriggerInsights {

	/** The fewest days with, and the fewest without, a factor for it to be compared. */
	public static final int MIN_DAYS_EACH = 7;

	/** The fewest spasm days among the days compared for a factor to be compared. */
	public static final int MIN_SPASM_DAYS = 5;

	private static final double Z_95 = 1.959963984540054;

	private static final String LAG_DAYS = "{1,choice,0#on days with|1#on the day after a day with} \u201c{0}\u201d";

	private TriggerInsights() {
	}

	/**
	 * Every factor in the diary, at the same day and the previous day, in the order the
	 * factors first appear in the list, same day first. Days missing from the diary are
	 * unknown, not spasm-free: a previous-day comparison needs both days logged.
	 * @param diary one entry per local day, in any order
	 * @return one insight per factor and lag
	 */
	public static List<TriggerInsight> analyse(List<DiaryDay> diary) {
		Objects.requireNonNull(diary, "diary: is required");
		Map<LocalDate, DiaryDay> byDate = new HashMap<>();
		for (DiaryDay day : diary) {
			Objects.requireNonNull(day, "diary: a day is missing (null)");
			if (byDate.put(day.date(), day) != null) {
				throw new IllegalArgumentException("diary: " + day.date() + " appears more than once");
			}
		}
		// One pass over the days fills every factor's tables for both lags: a day's
		// factor
		// counts towards that day and, at the previous-day lag, towards the next day.
		Map<String, Tally[]> tallies = new LinkedHashMap<>();
		for (DiaryDay day : diary) {
			DiaryDay dayAfter = byDate.get(day.date().plusDays(1));
			day.factors().forEach((factor, present) -> {
				Tally[] byLag = tallies(tallies, factor);
				byLag[Lag.SAME_DAY.ordinal()].add(present, day);
				if (dayAfter != null) {
					byLag[Lag.PREVIOUS_DAY.ordinal()].add(present, dayAfter);
				}
			});
		}
		List<Pending> pending = new ArrayList<>();
		List<TriggerInsight> insights = new ArrayList<>();
		tallies.forEach((factor, byLag) -> {
			for (Lag lag : Lag.values()) {
				DayCounts counts = byLag[lag.ordinal()].counts();
				int needed = daysMoreNeeded(counts);
				if (needed > 0) {
					insights.add(notEnoughData(factor, lag, counts, needed));
				}
				else {
					Pending measured = new Pending(factor, lag, counts, insights.size());
					pending.add(measured);
					insights.add(null);
				}
			}
		});
		double[] q = FalseDiscovery.qValues(pending.stream().mapToDouble(Pending::pValue).toArray());
		for (int i = 0; i < q.length; i++) {
			Pending measured = pending.get(i);
			insights.set(measured.position, measured.withQ(q[i]));
		}
		return List.copyOf(insights);
	}

	/**
	 * The fewest further logged days that could meet the minimum: each new day adds to
	 * only one side (with or without), but may also be a spasm day.
	 */
	static int daysMoreNeeded(DayCounts counts) {
		int sides = Math.max(0, MIN_DAYS_EACH - counts.daysWith()) + Math.max(0, MIN_DAYS_EACH - counts.daysWithout());
		return Math.max(sides, Math.max(0, MIN_SPASM_DAYS - counts.spasmDays()));
	}

	/**
	 * The risk ratio of a spasm day with its 95% interval by Katz's log method. When a
	 * cell is zero, 0.5 is added to every cell (Haldane's correction) so that the ratio
	 * and its interval stay finite; the result says so.
	 */
	static Interval riskRatio(DayCounts counts) {
		double a = counts.spasmDaysWith();
		double b = counts.daysWith() - a;
		double c = counts.spasmDaysWithout();
		double d = counts.daysWithout() - c;
		if (haldaneCorrected(counts)) {
			a += 0.5;
			b += 0.5;
			c += 0.5;
			d += 0.5;
		}
		double ratio = (a / (a + b)) / (c / (c + d));
		double se = Math.sqrt(1 / a - 1 / (a + b) + 1 / c - 1 / (c + d));
		return new Interval(ratio, ratio * Math.exp(-Z_95 * se), ratio * Math.exp(Z_95 * se));
	}

	static boolean haldaneCorrected(DayCounts counts) {
		int[][] t = counts.table();
		return t[0][0] == 0 || t[0][1] == 0 || t[1][0] == 0 || t[1][1] == 0;
	}

	/**
	 * The episode rate ratio with its exact 95% interval: given the total number of
	 * episodes, the number on days with the factor is binomial with the share of days
	 * that had it (the exact conditional test for two Poisson rates); the Clopper-Pearson
	 * interval of that proportion, turned into a ratio of rates. {@code null} when it has
	 * no upper bound.
	 */
	static Interval rateRatio(DayCounts counts) {
		int with = counts.episodesWith();
		int total = with + counts.episodesWithout();
		if (total == 0 || with == total) {
			return null;
		}
		double lower = (with == 0) ? 0
				: BetaDistribution.of(with, total - with + 1.0).inverseCumulativeProbability(0.025);
		double upper = BetaDistribution.of(with + 1.0, total - with).inverseCumulativeProbability(0.975);
		double days = (double) counts.daysWithout() / counts.daysWith();
		return new Interval(odds((double) with / total) * days, odds(lower) * days, odds(upper) * days);
	}

	static double rateRatioPValue(DayCounts counts) {
		int total = counts.episodesWith() + counts.episodesWithout();
		if (total == 0) {
			return 1;
		}
		double shareOfDays = (double) counts.daysWith() / (counts.daysWith() + counts.daysWithout());
		return BinomialTest.withDefaults().test(total, counts.episodesWith(), shareOfDays).getPValue();
	}

	private static double odds(double p) {
		return p / (1 - p);
	}

	private static Tally[] tallies(Map<String, Tally[]> tallies, String factor) {
		return tallies.computeIfAbsent(factor, (f) -> new Tally[] { new Tally(), new Tally() });
	}

	private static TriggerInsight notEnoughData(String factor, Lag lag, DayCounts counts, int needed) {
		CodedText summary = CodedText.of("insight.trigger.not_enough_data",
				"Not enough data yet to compare days {1,choice,0#with and without|1#after a day with and without}"
						+ " \u201c{0}\u201d: log at least {2,choice,1#one more day|1<{2,number,integer} more days}. So far there are"
						+ " {3,number,integer} days with it, {4,number,integer} without and {5,number,integer} with a spasm;"
						+ " a fair comparison needs {6,number,integer} of each and {7,number,integer} with a spasm.",
				factor, lag.days(), needed, counts.daysWith(), counts.daysWithout(), counts.spasmDays(), MIN_DAYS_EACH,
				MIN_SPASM_DAYS);
		return new TriggerInsight.NotEnoughData(factor, lag, counts, needed, summary);
	}

	private static CodedText summary(String factor, Lag lag, DayCounts counts, Interval risk, Support support) {
		String direction;
		String pattern;
		if (risk.estimate() > 1) {
			direction = "more_common";
			pattern = "Spasm days were about {2,number,0.0} times as common " + LAG_DAYS
					+ " ({5,number,percent} of those days, against {6,number,percent} otherwise;"
					+ " 95% interval {3,number,0.0} to {4,number,0.0} times).";
		}
		else if (risk.estimate() < 1) {
			direction = "less_common";
			pattern = "Spasm days were less common " + LAG_DAYS
					+ " ({5,number,percent} of those days, against {6,number,percent} otherwise;"
					+ " about {2,number,0.0#} times as common, 95% interval {3,number,0.0#} to {4,number,0.0#}).";
		}
		else {
			direction = "no_difference";
			pattern = "Spasm days were about as common " + LAG_DAYS
					+ " as otherwise ({5,number,percent} against {6,number,percent};"
					+ " 95% interval {3,number,0.0#} to {4,number,0.0#} times).";
		}
		String tier = switch (support) {
			case SUPPORTED ->
				" Your diary so far supports this. It shows that the two go together, not that one causes the other.";
			case HINT ->
				" This could still be chance: it stands out on its own, but not once every factor checked is taken into account.";
			case COULD_BE_CHANCE -> " This could still be chance.";
		};
		return CodedText.of("insight.trigger." + direction + "." + support.name().toLowerCase(Locale.ROOT),
				pattern + tier, factor, lag.days(), risk.estimate(), risk.lower(), risk.upper(), counts.shareWith(),
				counts.shareWithout());
	}

	/** A factor's counts at one lag, filled day by day. */
	private static final class Tally {

		private final int[] with = new int[3];

		private final int[] without = new int[3];

		void add(boolean present, DiaryDay outcome) {
			int[] side = present ? this.with : this.without;
			side[0]++;
			side[1] += outcome.spasmDay() ? 1 : 0;
			side[2] += outcome.episodes();
		}

		DayCounts counts() {
			return new DayCounts(this.with[0], this.with[1], this.with[2], this.without[0], this.without[1],
					this.without[2]);
		}

	}

	/** A measured comparison waiting for its q-value, which needs every p-value first. */
	private record Pending(String factor, Lag lag, DayCounts counts, int position, double pValue) {

		Pending(String factor, Lag lag, DayCounts counts, int position) {
			this(factor, lag, counts, position, FisherExactTest.withDefaults().test(counts.table()).getPValue());
		}

		TriggerInsight.Measured withQ(double q) {
			Interval risk = riskRatio(this.counts);
			Support support = Support.of(this.pValue, q);
			return new TriggerInsight.Measured(this.factor, this.lag, this.counts, risk, haldaneCorrected(this.counts),
					this.pValue, q, support, rateRatio(this.counts), rateRatioPValue(this.counts),
					summary(this.factor, this.lag, this.counts, risk, support));
		}

	}

}
