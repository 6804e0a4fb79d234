package org.backstop.app.ratelimit;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code 429} with {@code Retry-After} when a client address has used up its
 * requests for a limited group of endpoints. It sits inside both security filter chains,
 * right after the security headers are set, so a refusal carries them too and every try
 * counts, even one that would fail its CSRF check. The client address is the remote
 * address; with {@code server.forward-headers-strategy=framework} that is the one the
 * proxy in front reports.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

	static final URI TOO_MANY_REQUESTS = URI.create("urn:backstop:problem:too-many-requests");

	private final ClientBuckets buckets;

	private final boolean enabled;

	private final JsonMapper mapper;

	RateLimitFilter(ClientBuckets buckets, boolean enabled, JsonMapper mapper) {
		this.buckets = buckets;
		this.enabled = enabled;
		this.mapper = mapper;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<LimitedGroup> group = this.enabled ? LimitedGroup.of(request) : Optional.empty();
		if (group.isPresent()) {
			ConsumptionProbe probe = this.buckets.take(group.get(), request.getRemoteAddr());
			if (!probe.isConsumed()) {
				refuse(response, retryAfterSeconds(probe.getNanosToWaitForRefill()));
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** Whole seconds, rounded up, and never 0, which would invite an instant retry. */
	static long retryAfterSeconds(long nanos) {
		return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
	}

	private void refuse(HttpServletResponse response, long seconds) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"There have been too many tries from your network in a short time. Please wait "
						+ ((seconds == 1) ? "a second" : seconds + " seconds") + " and try again.");
		problem.setType(TOO_MANY_REQUESTS);
		problem.setTitle("Too many tries");
		problem.setProperty("retryAfterSeconds", seconds);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.mapper.writeValue(response.getOutputStream(), problem);
	}

}
