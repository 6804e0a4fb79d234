package org.backstop.app.system;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error in the API into {@code application/problem+json}: bad input and
 * things not found that controllers throw ({@link InvalidInputException},
 * {@link NotFoundException}), Spring MVC's own refusals (wrong method, wrong media type,
 * missing parameters) through the base class, and anything unexpected into a 500 that
 * names no internals. No stack trace ever leaves. A browser on a page gets Backstop's
 * error page instead ({@code templates/error.html}, through the servlet container's error
 * dispatch), never raw JSON.
 */
@RestControllerAdvice
class ErrorAnswers extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ErrorAnswers.class);

	static final String NO_SUCH_ID = "There is nothing with this id; ids are UUIDs in lower case.";

	/**
	 * Tomcat refuses to read a form over its size cap (or with too many fields) when the
	 * first parameter is asked for: the person sent too much, not a fault of ours.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ProblemDetail> formTooLarge(InvalidParameterException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		HttpStatus status = (ex.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) ? HttpStatus.CONTENT_TOO_LARGE
				: HttpStatus.BAD_REQUEST;
		if (wantsPage(request)) {
			response.sendError(status.value());
			return null;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				"The form could not be read: it is too large or has too many fields. Nothing was stored.");
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** Bad input found by a controller or while reading a body: every problem named. */
	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
		return Problems.invalidInput(ex.status(), ex.violations());
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return Problems.notFound(ex.getMessage());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		log.error("Unexpected error while answering a request", ex);
		if (wantsPage(request)) {
			response.sendError(HttpStatus.INTERNAL_SERVER_ERROR.value());
			return null;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Nothing you sent was stored. Please try again.");
		return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * An id in a path that is not a canonical UUID ({@link CanonicalUuid}) names nothing
	 * that exists: the same 404 as an id that is not found, never a 400 that would tell
	 * the two apart.
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex.getRequiredType() == UUID.class) {
			return handleExceptionInternal(ex, Problems.notFound(NO_SUCH_ID).getBody(), headers, HttpStatus.NOT_FOUND,
					request);
		}
		return super.handleTypeMismatch(ex, headers, status, request);
	}

	/**
	 * Spring MVC's own refusals: a page for a browser; otherwise a problem whose media
	 * type is fixed, so that even an unreadable {@code Accept} gets one.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (request instanceof ServletWebRequest servlet && wantsPage(servlet.getRequest())
				&& servlet.getResponse() != null) {
			try {
				servlet.getResponse().sendError(status.value());
			}
			catch (IOException failed) {
				log.debug("The error page could not be sent", failed);
			}
			return null;
		}
		HttpHeaders problemHeaders = new HttpHeaders();
		if (headers != null) {
			problemHeaders.putAll(headers);
		}
		problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return super.handleExceptionInternal(ex, body, problemHeaders, status, request);
	}

	/** A browser asking for a page, not a client of the API. */
	static boolean wantsPage(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return !path.startsWith("/api/") && accept != null && accept.contains("text/html");
	}

}
