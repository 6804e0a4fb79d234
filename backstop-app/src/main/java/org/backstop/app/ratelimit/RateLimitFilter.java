package org.backstop.app.ratelimit;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code 429} with {@code Retry-After} when a client has used up its requests for
 * a limited group of endpoints. It works in two places of both security filter chains.
 * This one sits right after the security headers are set, so a refusal carries them too,
 * and counts signing in, signing up and password resets by address: every try counts,
 * even one that would fail its CSRF check. {@link #afterSignIn()} sits after the
 * authentication filters and counts assessments: by account when the caller is really
 * signed in (session, remember-me or bearer token), by address otherwise, so an anonymous
 * session cookie changes nothing. The address is the remote address, which Tomcat takes
 * from {@code X-Forwarded-For} only when the connection comes from a proxy named in
 * {@code backstop.trusted-proxies}. When the database refuses the count, an assessment
 * goes on uncounted ({@link LimitedGroup#passesUncounted()}); the other groups fail.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

	private static final Log log = LogFactory.getLog(RateLimitFilter.class);

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	static final URI TOO_MANY_REQUESTS = URI.create("urn:backstop:problem:too-many-requests");

	private final ClientBuckets buckets;

	private final boolean enabled;

	private final JsonMapper mapper;

	private final boolean afterSignIn;

	RateLimitFilter(ClientBuckets buckets, boolean enabled, JsonMapper mapper) {
		this(buckets, enabled, mapper, false);
	}

	private RateLimitFilter(ClientBuckets buckets, boolean enabled, JsonMapper mapper, boolean afterSignIn) {
		this.buckets = buckets;
		this.enabled = enabled;
		this.mapper = mapper;
		this.afterSignIn = afterSignIn;
	}

	/**
	 * The same limits' second place, after the authentication filters, for the groups
	 * counted once the caller is known.
	 */
	public RateLimitFilter afterSignIn() {
		return new RateLimitFilter(this.buckets, this.enabled, this.mapper, true);
	}

	/** Each place runs once a request; they must not take each other for a rerun. */
	@Override
	protected String getAlreadyFilteredAttributeName() {
		return super.getAlreadyFilteredAttributeName() + (this.afterSignIn ? ".afterSignIn" : "");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication caller = this.afterSignIn
				? SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication() : null;
		boolean signedIn = TRUST.isAuthenticated(caller);
		Optional<LimitedGroup> group = this.enabled ? LimitedGroup.of(request, signedIn) : Optional.empty();
		if (group.isPresent() && group.get().afterSignIn() == this.afterSignIn) {
			String client = signedIn ? "account:" + caller.getName() : "address:" + request.getRemoteAddr();
			ClientBuckets.Taken taken;
			try {
				taken = this.buckets.take(group.get(), client);
			}
			catch (DataAccessException | TransactionException ex) {
				if (!group.get().passesUncounted()) {
					throw ex;
				}
				log.warn("The database refused a rate limit count (" + ex.getClass().getSimpleName() + "); "
						+ group.get() + " goes on uncounted");
				taken = new ClientBuckets.Taken(true, 0);
			}
			if (!taken.allowed()) {
				refuse(response, retryAfterSeconds(taken.nanosToWait()), signedIn);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** Whole seconds, rounded up, and never 0, which would invite an instant retry. */
	static long retryAfterSeconds(long nanos) {
		return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
	}

	private void refuse(HttpServletResponse response, long seconds, boolean signedIn) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"There have been too many tries from your " + (signedIn ? "account" : "network")
						+ " in a short time. Please wait " + ((seconds == 1) ? "a second" : seconds + " seconds")
						+ " and try again.");
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
