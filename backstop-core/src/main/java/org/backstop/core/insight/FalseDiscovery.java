package org.backstop.core.insight;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini-Hochberg false-discovery control: with many factors tested, some reach p &lt;
 * 0.05 by chance alone; a q-value below {@link #LEVEL} keeps the expected share of such
 * false findings among those reported at or below 5%.
 */
public final class FalseDiscovery {

	/** The false-discovery rate a finding must be below to be called supported. */
	public static final double LEVEL = 0.05;

	private FalseDiscovery() {
	}

	/**
	 * The Benjamini-Hochberg adjusted p-values (q-values), in the order of
	 * {@code pValues}:
	 * {@code q(i) = min over j with rank >= rank(i) of m * p(j) / rank(j)}, at most 1.
	 * @param pValues the p-values of every test in the family, each in [0, 1]
	 * @return the q-values, one for each p-value
	 */
	public static double[] qValues(double[] pValues) {
		int m = pValues.length;
		for (double p : pValues) {
			if (!(p >= 0 && p <= 1)) {
				throw new IllegalArgumentException("pValues: each must be between 0 and 1, was " + p);
			}
		}
		Integer[] byP = IntStream.range(0, m).boxed().toArray(Integer[]::new);
		Arrays.sort(byP, Comparator.comparingDouble((i) -> pValues[i]));
		double[] q = new double[m];
		double smallestSoFar = 1;
		for (int rank = m; rank >= 1; rank--) {
			int i = byP[rank - 1];
			// m / rank is at least 1, so rounding can never put q below p
			smallestSoFar = Math.min(smallestSoFar, pValues[i] * ((double) m / rank));
			q[i] = smallestSoFar;
		}
		return q;
	}

}
