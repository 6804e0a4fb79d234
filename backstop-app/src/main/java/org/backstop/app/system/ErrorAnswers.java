package org.backstop.app.system;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error in the API into {@code application/problem+json}: Spring MVC's own
 * (wrong method, wrong media type, missing parameters) through the base class, and
 * anything unexpected into a 500 that names no internals. No stack trace ever leaves.
 */
@RestControllerAdvice
class ErrorAnswers extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ErrorAnswers.class);

	/**
	 * Tomcat refuses to read a form over its size cap (or with too many fields) when the
	 * first parameter is asked for: the person sent too much, not a fault of ours.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ProblemDetail> formTooLarge(InvalidParameterException ex) {
		HttpStatus status = (ex.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) ? HttpStatus.CONTENT_TOO_LARGE
				: HttpStatus.BAD_REQUEST;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				"The form could not be read: it is too large or has too many fields. Nothing was stored.");
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error while answering a request", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Nothing you sent was stored. Please try again.");
		return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
