package org.backstop.core.insight;

/**
 * An estimate with its 95% confidence interval.
 *
 * @param estimate the point estimate
 * @param lower the lower end of the 95% interval
 * @param upper the upper end of the 95% interval
 */
public record Interval(double estimate, double lower, double upper) {

	/** Whether the interval contains {@code value}. */
	public boolean contains(double value) {
		return this.lower <= value && value <= this.upper;
	}

	/** Whether this interval and {@code other} share any value. */
	public boolean overlaps(Interval other) {
		return this.lower <= other.upper && other.lower <= this.upper;
	}

}
