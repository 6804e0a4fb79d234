package org.backstop.app.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import org.backstop.core.json.StrictJson;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/**
 * Reads a {@link StrictJsonBody} parameter. The bytes go to the core's parser rather than
 * through Spring's message converters, whose Jackson settings are not the core's: the
 * same bytes must meet the same limits here as on the command line.
 */
class StrictJsonBodyResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(StrictJsonBody.class)
				&& JsonNode.class.isAssignableFrom(parameter.getParameterType());
	}

	@Override
	public JsonNode resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) throws IOException {
		HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
		byte[] json = servlet.getInputStream().readNBytes(StrictJson.MAX_DOCUMENT_BYTES + 1);
		if (json.length > StrictJson.MAX_DOCUMENT_BYTES) {
			throw new InvalidInputException(HttpStatus.CONTENT_TOO_LARGE,
					List.of(Violation.of("$", "json.too_large_request",
							"is larger than {0} bytes; send one request at a time", StrictJson.MAX_DOCUMENT_BYTES)));
		}
		if (json.length == 0 && !parameter.getParameterAnnotation(StrictJsonBody.class).required()) {
			return null;
		}
		Checked<JsonNode> tree = StrictJson.parse(json, StrictJson.MAX_DOCUMENT_BYTES);
		return InvalidInputException.valueOf(tree);
	}

}
