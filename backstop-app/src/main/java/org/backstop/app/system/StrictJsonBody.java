package org.backstop.app.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code JsonNode} parameter read from the request body the strict way every Backstop
 * endpoint reads one: at most {@code StrictJson.MAX_DOCUMENT_BYTES} ({@code 413} beyond),
 * parsed with the core's limits, so the API and the command line accept and reject
 * exactly the same JSON. Bad JSON ends the request with an {@link InvalidInputException}
 * naming every problem.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface StrictJsonBody {

	/**
	 * Whether a body must be sent; an empty body then gives {@code null} instead of a
	 * problem.
	 */
	boolean required() default true;

}
