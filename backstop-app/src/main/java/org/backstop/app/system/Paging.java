package org.backstop.app.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/**
 * Which page of a list was asked for ({@code page} from 0, {@code size} 1 to 100),
 * checked like every other input so a bad value is named, not guessed at.
 *
 * @param page the page, from 0
 * @param size items on a page
 */
public record Paging(int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/** Deep enough for any person's history; a bigger offset is a mistake. */
	public static final int MAX_PAGE = 100_000;

	public static Checked<Paging> of(String page, String size) {
		List<Violation> violations = new ArrayList<>();
		Integer p = number("page", page, 0, 0, MAX_PAGE, violations);
		Integer s = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, violations);
		return violations.isEmpty() ? Checked.valid(new Paging(p, s)) : Checked.invalid(violations);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	/** One page of items with the numbers a client needs to ask for the next. */
	public <T> Page<T> page(List<T> items, long totalItems) {
		return new Page<>(items, this.page, this.size, totalItems, (totalItems + this.size - 1) / this.size);
	}

	private static Integer number(String field, String text, int otherwise, int min, int max,
			List<Violation> violations) {
		if (text == null) {
			return otherwise;
		}
		try {
			int value = Integer.parseInt(text.strip());
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		violations.add(Violation.of(field, "number.whole_range", "must be a whole number from {0} to {1}", min, max));
		return null;
	}

	/**
	 * A page of a list, in a stable order.
	 *
	 * @param <T> what is listed
	 * @param items the items on this page
	 * @param page this page, from 0
	 * @param size the page size asked for
	 * @param totalItems items on all pages
	 * @param totalPages how many pages there are
	 */
	public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

		/** Whether a page after the last one was asked for (the first always exists). */
		public boolean isPastTheEnd() {
			return this.page > 0 && this.page >= this.totalPages;
		}

		/** The last page there is; 0 for an empty list. */
		public long lastPage() {
			return Math.max(this.totalPages - 1, 0);
		}

		public <R> Page<R> map(Function<T, R> mapper) {
			return new Page<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.totalItems,
					this.totalPages);
		}

	}

}
