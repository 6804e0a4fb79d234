package org.backstop.app.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes refusals from the security filters as {@code application/problem+json}, the way
 * every other API answer is written.
 */
@Component
class ProblemWriter {

	static final URI UNAUTHENTICATED = URI.create("urn:backstop:problem:unauthenticated");

	static final URI FORBIDDEN = URI.create("urn:backstop:problem:forbidden");

	private final JsonMapper mapper;

	ProblemWriter(JsonMapper mapper) {
		this.mapper = mapper;
	}

	void write(HttpServletResponse response, HttpStatus status, URI type, String title, String detail)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.mapper.writeValue(response.getOutputStream(), problem);
	}

}
