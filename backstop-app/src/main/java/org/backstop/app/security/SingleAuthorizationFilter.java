package org.backstop.app.security;

import java.io.IOException;
import java.net.URI;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request with more than one {@code Authorization} header. Components read the
 * first one, a proxy may read the last: which identity counts must never depend on that,
 * so such a request gets no answer but a 400.
 */
class SingleAuthorizationFilter extends OncePerRequestFilter {

	static final URI AMBIGUOUS_AUTHORIZATION = URI.create("urn:backstop:problem:ambiguous-authorization");

	private final ProblemWriter problems;

	SingleAuthorizationFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Enumeration<String> headers = request.getHeaders(HttpHeaders.AUTHORIZATION);
		if (headers != null && headers.hasMoreElements()) {
			headers.nextElement();
			if (headers.hasMoreElements()) {
				this.problems.write(response, HttpStatus.BAD_REQUEST, AMBIGUOUS_AUTHORIZATION,
						"More than one Authorization header",
						"Send at most one Authorization header, holding one credential.");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
