package org.backstop.app.system;

import java.util.List;

import org.springframework.http.HttpStatus;

import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/**
 * Ends a request whose input has problems; {@link ErrorAnswers} answers it with every
 * problem listed ({@link Problems#invalidInput}), {@code 400} unless another status is
 * named. An expected answer, not a fault, so it carries no stack trace.
 */
public class InvalidInputException extends RuntimeException {

	private final HttpStatus status;

	private final transient List<Violation> violations;

	public InvalidInputException(List<Violation> violations) {
		this(HttpStatus.BAD_REQUEST, violations);
	}

	public InvalidInputException(HttpStatus status, List<Violation> violations) {
		super(violations.toString(), null, false, false);
		this.status = status;
		this.violations = List.copyOf(violations);
	}

	/** The checked value, or this exception naming its problems. */
	public static <T> T valueOf(Checked<T> checked) {
		if (!checked.isValid()) {
			throw new InvalidInputException(checked.violations());
		}
		return checked.value();
	}

	/** Stops here when any problem has been found so far. */
	public static void throwIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	public HttpStatus status() {
		return this.status;
	}

	public List<Violation> violations() {
		return this.violations;
	}

}
