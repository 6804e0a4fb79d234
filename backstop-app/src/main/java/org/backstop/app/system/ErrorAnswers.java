package org.backstop.app.system;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

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

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error while answering a request", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Nothing you sent was stored. Please try again.");
		return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
