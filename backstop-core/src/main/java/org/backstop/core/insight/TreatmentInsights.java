package org.backstop.core.insight;

import org.backstop.core.problem.CodedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which treatments help a person, from the pain they logged before and after each use.
 *
 * <p>
 * A treatment is judged once it has {@link #MIN_USES} uses: the fewest for which the
 * two-sided exact Wilcoxon test can reach p &lt; 0.05 (six uses that all helped give p =
 * 2/64 = 0.031; five give at best 0.0625) and so the fewest for which a 95% interval
 * exists.
 */
public final class TreatmentInsights {

	/** The fewest uses with pain before and after for a treatment to be judged. */
	public static final int MIN_USES = 6;

	private static final double ALPHA = 0.05;

	/** Pain is 0 to 10, so no true change can lie beyond 10 points either way. */
	private static final double MAX_CHANGE = 10;

	private TreatmentInsights() {
	}

	/**
	 * Judges every treatment in {@code uses} and ranks those with enough uses.
	 * @param uses every logged use, in any order
	 * @return the ranking
	 */
	public static TreatmentRanking rank(List<TreatmentUse> uses) {
		Objects.requireNonNull(uses, "uses: is required");
		Map<String, List<TreatmentUse>> byTreatment = new LinkedHashMap<>();
		for (TreatmentUse use : uses) {
			Objects.requireNonNull(use, "uses: a use is missing (null)");
			byTreatment.computeIfAbsent(use.treatment(), (t) -> new ArrayList<>()).add(use);
		}
		List<String> measuredNames = new ArrayList<>();
		List<double[]> reliefs = new ArrayList<>();
		List<TreatmentInsight.NotEnoughData> notEnough = new ArrayList<>();
		byTreatment.forEach((treatment, logged) -> {
			if (logged.size() < MIN_USES) {
				notEnough.add(notEnoughData(treatment, logged.size()));
			}
			else {
				measuredNames.add(treatment);
				reliefs.add(logged.stream().mapToDouble(TreatmentUse::relief).toArray());
			}
		});
		List<SignedRankTest> tests = reliefs.stream().map(SignedRankTest::of).toList();
		double[] p = tests.stream().mapToDouble((test) -> test.pValue(0)).toArray();
		double[] q = FalseDiscovery.qValues(p);
		List<TreatmentInsight.Measured> ranked = new ArrayList<>();
		for (int i = 0; i < p.length; i++) {
			String treatment = measuredNames.get(i);
			Interval relief = relief(reliefs.get(i), tests.get(i));
			Support support = Support.of(p[i], q[i]);
			ranked.add(new TreatmentInsight.Measured(treatment, reliefs.get(i).length, relief, p[i], q[i], support,
					summary(treatment, reliefs.get(i).length, relief, support)));
		}
		ranked.sort(Comparator.comparingDouble((TreatmentInsight.Measured m) -> -m.relief().estimate())
			.thenComparingDouble((m) -> -m.relief().lower())
			.thenComparing(TreatmentInsight.Measured::treatment));
		List<CodedText> closeCalls = new ArrayList<>();
		for (int i = 1; i < ranked.size(); i++) {
			TreatmentInsight.Measured above = ranked.get(i - 1);
			TreatmentInsight.Measured below = ranked.get(i);
			if (above.relief().overlaps(below.relief())) {
				closeCalls.add(CodedText.of("insight.treatment.overlap",
						"The intervals of \u201c{0}\u201d and \u201c{1}\u201d overlap:"
								+ " your diary cannot yet tell which of the two helps you more.",
						above.treatment(), below.treatment()));
			}
		}
		return new TreatmentRanking(ranked, notEnough, closeCalls);
	}

	/**
	 * The Hodges-Lehmann estimate of the relief (the median of all pairwise averages,
	 * each use with itself included) with its 95% interval, found by inverting the same
	 * Wilcoxon test: the interval holds every shift the test does not reject at the 5%
	 * level. The test only changes its answer at a pairwise average, so it is tried at
	 * each one and between each two.
	 */
	static Interval relief(double[] relief) {
		return relief(relief, SignedRankTest.of(relief));
	}

	private static Interval relief(double[] relief, SignedRankTest test) {
		WalshAverages walsh = WalshAverages.of(relief);
		double estimate = walsh.median();
		double[] points = walsh.distinct();
		Interval searched = searched(test, estimate, points);
		return (searched != null) ? searched : scanned(test, estimate, points);
	}

	/**
	 * The interval found by trying the test at every pair average and between each two;
	 * where the test rejects every shift, the shifts it rejects least stand in.
	 */
	static Interval scanned(SignedRankTest test, double estimate, double[] points) {
		double lower = Double.NaN;
		double upper = Double.NaN;
		// Where the test rejects every shift, the best-supported shifts stand in for the
		// interval (see below).
		double bestP = -1;
		double bestLower = Double.NaN;
		double bestUpper = Double.NaN;
		for (int j = -1; j < points.length; j++) {
			// j = -1 is the stretch below every average; the stretch after the last is j
			// = length - 1
			double pointP = (j >= 0) ? test.pValue(points[j]) : -1;
			double between = (j < 0) ? points[0] - 1
					: (j == points.length - 1) ? points[j] + 1 : (points[j] + points[j + 1]) / 2;
			double stretchP = test.pValue(between);
			double from = (j < 0) ? -MAX_CHANGE : points[j];
			double to = (j == points.length - 1) ? MAX_CHANGE : points[j + 1];
			boolean pointAccepted = pointP >= ALPHA;
			boolean stretchAccepted = stretchP >= ALPHA;
			if (pointAccepted || stretchAccepted) {
				if (Double.isNaN(lower)) {
					lower = from;
				}
				upper = stretchAccepted ? to : points[j];
			}
			if (j >= 0 && pointP > bestP) {
				bestP = pointP;
				bestLower = points[j];
				bestUpper = points[j];
			}
			else if (j >= 0 && pointP == bestP) {
				bestUpper = points[j];
			}
			if (stretchP > bestP) {
				bestP = stretchP;
				bestLower = from;
				bestUpper = to;
			}
			else if (stretchP == bestP) {
				bestUpper = to;
			}
		}
		if (Double.isNaN(lower)) {
			// Heavy ties (say twenty-six uses at 10 and three at 0 or below) can leave
			// the
			// test rejecting every shift. Then the interval spans the shifts the test
			// rejects least, stretched to hold the estimate: it still leaves out every
			// shift the data speak clearly against, such as no change at all.
			lower = Math.min(bestLower, estimate);
			upper = Math.max(bestUpper, estimate);
			if (lower < 0 && upper > 0) {
				// no change is rejected too, so it is at most an end of the interval
				lower = (estimate >= 0) ? 0 : lower;
				upper = (estimate >= 0) ? upper : 0;
			}
		}
		return new Interval(estimate, Math.max(lower, -MAX_CHANGE), Math.min(upper, MAX_CHANGE));
	}

	/**
	 * The interval found by bisection, or {@code null} when the test rejects even the
	 * estimate (heavy ties), which the full scan in {@link #relief} handles. The shifts
	 * tried are, in order, the stretch below the first pair average, the first average,
	 * the stretch after it, and so on; the test's p-value rises towards the estimate and
	 * falls after it, so the accepted shifts are one run around the estimate and each end
	 * is found in a few tests instead of one test per shift.
	 */
	private static Interval searched(SignedRankTest test, double estimate, double[] points) {
		int m = points.length;
		int k = Arrays.binarySearch(points, estimate);
		// candidate 2j + 1 is points[j]; candidate 2j is the stretch below points[j]
		int home = (k >= 0) ? 2 * k + 1 : 2 * (-k - 1);
		if (!accepted(test, points, home)) {
			return null;
		}
		int low = 0;
		int high = home;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (accepted(test, points, mid)) {
				high = mid;
			}
			else {
				low = mid + 1;
			}
		}
		int first = low;
		low = home;
		high = 2 * m;
		while (low < high) {
			int mid = (low + high + 1) >>> 1;
			if (accepted(test, points, mid)) {
				low = mid;
			}
			else {
				high = mid - 1;
			}
		}
		int last = low;
		double lower = (first == 0) ? -MAX_CHANGE : points[(first - 1) / 2];
		double upper = (last == 2 * m) ? MAX_CHANGE : points[last / 2];
		return new Interval(estimate, Math.max(lower, -MAX_CHANGE), Math.min(upper, MAX_CHANGE));
	}

	/** Whether the test keeps the shift of one candidate (see {@link #searched}). */
	private static boolean accepted(SignedRankTest test, double[] points, int candidate) {
		int m = points.length;
		double shift;
		if (candidate % 2 == 1) {
			shift = points[candidate / 2];
		}
		else {
			int j = candidate / 2;
			shift = (j == 0) ? points[0] - 1 : (j == m) ? points[m - 1] + 1 : (points[j - 1] + points[j]) / 2;
		}
		return test.pValue(shift) >= ALPHA;
	}

	/**
	 * The two-sided Wilcoxon signed-rank p-value of {@code relief} being centred on
	 * {@code shift}.
	 */
	static double pValue(double[] relief, double shift) {
		return SignedRankTest.of(relief).pValue(shift);
	}

	/**
	 * The pairwise averages of a sample (each value with itself included), kept as each
	 * distinct average with how often it occurs. Pain scores take few values, so a year
	 * of uses has hundreds of thousands of averages but only a few dozen distinct ones:
	 * this works on the distinct values and costs little more than sorting the sample.
	 *
	 * @param values each distinct average, ascending
	 * @param counts how many pairs give each
	 * @param total how many pairs there are
	 */
	record WalshAverages(double[] values, long[] counts, long total) {

		static WalshAverages of(double[] sample) {
			double[] sorted = sample.clone();
			Arrays.sort(sorted);
			List<Double> distinct = new ArrayList<>();
			List<Long> times = new ArrayList<>();
			for (double value : sorted) {
				if (distinct.isEmpty() || distinct.get(distinct.size() - 1) != value) {
					distinct.add(value);
					times.add(0L);
				}
				times.set(times.size() - 1, times.get(times.size() - 1) + 1);
			}
			TreeMap<Double, Long> pairs = new TreeMap<>();
			for (int i = 0; i < distinct.size(); i++) {
				long a = times.get(i);
				pairs.merge(distinct.get(i), a * (a + 1) / 2, Long::sum);
				for (int j = i + 1; j < distinct.size(); j++) {
					pairs.merge((distinct.get(i) + distinct.get(j)) / 2, a * times.get(j), Long::sum);
				}
			}
			long n = sample.length;
			return new WalshAverages(pairs.keySet().stream().mapToDouble(Double::doubleValue).toArray(),
					pairs.values().stream().mapToLong(Long::longValue).toArray(), n * (n + 1) / 2);
		}

		/** The Hodges-Lehmann estimate: the median of all the averages. */
		double median() {
			return (this.total % 2 == 1) ? nth(this.total / 2) : (nth(this.total / 2 - 1) + nth(this.total / 2)) / 2;
		}

		/** The average at {@code index} (from 0) of all the averages, sorted. */
		double nth(long index) {
			long seen = 0;
			for (int i = 0; i < this.values.length; i++) {
				seen += this.counts[i];
				if (index < seen) {
					return this.values[i];
				}
			}
			throw new IndexOutOfBoundsException(index);
		}

		/** Each distinct average, ascending. */
		double[] distinct() {
			return this.values.clone();
		}

	}

	private static TreatmentInsight.NotEnoughData notEnoughData(String treatment, int uses) {
		int needed = MIN_USES - uses;
		CodedText summary = CodedText.of("insight.treatment.not_enough_data",
				"Not enough data yet for \u201c{0}\u201d: log your pain before and after it"
						+ " {1,choice,1#one more time|1<{1,number,integer} more times}."
						+ " So far there {2,choice,0#are none|1#is one|1<are {2,number,integer}};"
						+ " a fair judgement needs {3,number,integer}.",
				treatment, needed, uses, MIN_USES);
		return new TreatmentInsight.NotEnoughData(treatment, uses, needed, summary);
	}

	private static CodedText summary(String treatment, int uses, Interval relief, Support support) {
		String direction;
		String pattern;
		if (relief.estimate() > 0) {
			direction = "less_pain";
			pattern = "Pain was about {1,number,0.#} points lower after \u201c{0}\u201d than before";
		}
		else if (relief.estimate() < 0) {
			direction = "more_pain";
			pattern = "Pain was about {4,number,0.#} points higher after \u201c{0}\u201d than before";
		}
		else {
			direction = "no_change";
			pattern = "Pain was about the same before and after \u201c{0}\u201d";
		}
		pattern += " ({5,number,integer} uses; 95% interval for the drop in pain {2,number,0.#} to {3,number,0.#} points).";
		String tier = switch (support) {
			case SUPPORTED -> " Your diary so far supports this, though pain can also ease by itself with time.";
			case HINT -> " This could still be chance once every treatment compared is taken into account.";
			case COULD_BE_CHANCE -> " This could still be chance.";
		};
		return CodedText.of("insight.treatment." + direction + "." + support.name().toLowerCase(Locale.ROOT),
				pattern + tier, treatment, relief.estimate(), relief.lower(), relief.upper(),
				Math.abs(relief.estimate()), uses);
	}

}
