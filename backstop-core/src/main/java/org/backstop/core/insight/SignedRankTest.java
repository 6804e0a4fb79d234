package org.backstop.core.insight;

import java.util.Arrays;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * The two-sided Wilcoxon signed-rank test of one sample against many shifts, as Commons
 * Statistics computes it (average ranks for ties, zeros ranked and allowed for in the
 * variance, continuity correction).
 *
 * <p>
 * Pain changes take few distinct values, so a year of uses is a few hundred numbers but
 * only a handful of distinct ones. For samples larger than the library's limit for exact
 * p-values, where it uses the normal approximation, this ranks the distinct values with
 * their counts instead of sorting every value for every shift tried: the same statistic,
 * the same variance and the same normal tail, at a cost that does not grow with the
 * number of uses. Smaller samples go to the library as they are. {@code
 * InsightProperties} checks that both give the same p-values.
 */
final class SignedRankTest {

	/** Up to this size the library may use the exact distribution, so it is asked. */
	static final int LIBRARY_LIMIT = 50;

	private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

	private final double[] sample;

	private final double[] values;

	private final int[] counts;

	private SignedRankTest(double[] sample, double[] values, int[] counts) {
		this.sample = sample;
		this.values = values;
		this.counts = counts;
	}

	static SignedRankTest of(double[] sample) {
		double[] sorted = sample.clone();
		Arrays.sort(sorted);
		double[] values = new double[sorted.length];
		int[] counts = new int[sorted.length];
		int distinct = 0;
		for (double value : sorted) {
			if (distinct == 0 || values[distinct - 1] != value) {
				values[distinct++] = value;
			}
			counts[distinct - 1]++;
		}
		return new SignedRankTest(sample.clone(), Arrays.copyOf(values, distinct), Arrays.copyOf(counts, distinct));
	}

	/**
	 * The two-sided p-value of the sample being centred on {@code shift}; 1 when every
	 * value equals the shift (nothing then speaks against it).
	 */
	double pValue(double shift) {
		if (this.values.length == 1 && this.values[0] == shift) {
			return 1;
		}
		if (this.sample.length <= LIBRARY_LIMIT) {
			return WilcoxonSignedRankTest.withDefaults().withMu(shift).test(this.sample).getPValue();
		}
		return grouped(shift);
	}

	/**
	 * The normal approximation, with each distinct distance from the shift ranked once.
	 */
	private double grouped(double shift) {
		int m = this.values.length;
		double[] distance = new double[m];
		Integer[] order = new Integer[m];
		for (int i = 0; i < m; i++) {
			distance[i] = Math.abs(this.values[i] - shift);
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(distance[a], distance[b]));
		double wPlus = 0;
		double tieCorrection = 0;
		long zeros = 0;
		long ranked = 0;
		for (int g = 0; g < m;) {
			// values at the same distance, one above and one below the shift, share ranks
			long tied = 0;
			long above = 0;
			int end = g;
			while (end < m && distance[order[end]] == distance[order[g]]) {
				int i = order[end];
				tied += this.counts[i];
				above += (this.values[i] - shift > 0) ? this.counts[i] : 0;
				end++;
			}
			double averageRank = ranked + (tied + 1) / 2.0;
			wPlus += above * averageRank;
			tieCorrection += (double) tied * tied * tied - tied;
			if (distance[order[g]] == 0) {
				zeros = tied;
			}
			ranked += tied;
			g = end;
		}
		double n = this.sample.length;
		double z = zeros;
		double expected = (n * (n + 1) - z * (z + 1)) * 0.25;
		double variance = (n * (n + 1) * (2 * n + 1) - z * (z + 1) * (2 * z + 1) - tieCorrection * 0.5) / 24;
		double x = wPlus - expected;
		x -= Math.signum(x) * 0.5;
		return 2 * STANDARD_NORMAL.survivalProbability(Math.abs(x / Math.sqrt(variance)));
	}

}
