package org.backstop.core.problem;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading input: either a value, or every problem found in it.
 *
 * @param <T> the type of the value
 * @param value the value, or {@code null} when there are violations
 * @param violations every problem found, empty when the value is good
 */
public record Checked<T>(T value, List<Violation> violations) {

	public Checked {
		violations = List.copyOf(violations);
		if ((value == null) == violations.isEmpty()) {
			throw new IllegalArgumentException("either a value or violations, not both or neither");
		}
	}

	public static <T> Checked<T> valid(T value) {
		return new Checked<>(value, List.of());
	}

	public static <T> Checked<T> invalid(List<Violation> violations) {
		return new Checked<>(null, violations);
	}

	public boolean isValid() {
		return this.violations.isEmpty();
	}

	/** The value turned into another, or the same violations. */
	public <R> Checked<R> map(java.util.function.Function<T, R> mapper) {
		return isValid() ? valid(mapper.apply(this.value)) : invalid(this.violations);
	}

	/**
	 * The value, or empty when there were violations (for callers that only need the
	 * value).
	 */
	public Optional<T> toOptional() {
		return Optional.ofNullable(this.value);
	}

}
