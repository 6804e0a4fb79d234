package org.backstop.app.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import org.backstop.core.problem.Violation;

/**
 * Answers bad input with an RFC 9457 problem that lists every bad field with its path
 * under {@code errors}.
 */
public final class Problems {

	/** Identifies this kind of problem in every answer. */
	public static final URI INVALID_INPUT = URI.create("urn:backstop:problem:invalid-input");

	/**
	 * Identifies an answer about something that does not exist, or not for this caller.
	 */
	public static final URI NOT_FOUND = URI.create("urn:backstop:problem:not-found");

	private Problems() {
	}

	public static ResponseEntity<ProblemDetail> invalidInput(List<Violation> violations) {
		return invalidInput(HttpStatus.BAD_REQUEST, violations);
	}

	public static ResponseEntity<ProblemDetail> invalidInput(HttpStatus status, List<Violation> violations) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(INVALID_INPUT);
		problem.setTitle("The input has problems");
		problem.setDetail(summary(violations));
		problem.setProperty("errors", violations.stream().map(Problems::error).toList());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * One error as the API gives it: the field, the problem's stable {@code code}, its
	 * {@code arguments} (text and numbers, so a client can say it in its own words) and
	 * the English {@code message}.
	 */
	private static Map<String, Object> error(Violation violation) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("field", violation.field());
		error.put("code", violation.code());
		error.put("arguments",
				violation.arguments()
					.stream()
					.map((argument) -> (argument instanceof Number) ? argument : String.valueOf(argument))
					.toList());
		error.put("message", violation.message());
		return error;
	}

	/** A 404 that says what was looked for, in words. */
	public static ResponseEntity<ProblemDetail> notFound(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setType(NOT_FOUND);
		problem.setTitle("Not found");
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static String summary(List<Violation> violations) {
		if (violations.size() == 1) {
			return violations.get(0).toString();
		}
		return violations.size() + " problems; each is listed under errors with the field it concerns.";
	}

}
