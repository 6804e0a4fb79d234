package org.backstop.app.system;

/**
 * Ends a request for something that does not exist, or not for this caller (the two
 * answer alike, so nothing leaks); {@link ErrorAnswers} answers it with
 * {@link Problems#notFound}. An expected answer, so it carries no stack trace.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String detail) {
		super(detail, null, false, false);
	}

}
