package org.backstop.app.security;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import org.backstop.app.account.AccountRepository;
import org.backstop.app.token.AccessToken;
import org.backstop.app.token.AccessTokens;
import org.backstop.app.token.TokenScope;

/**
 * Signs in a request that carries {@code Authorization: Bearer <token>}, for this request
 * only (no session is made). A token that is wrong or revoked is refused outright rather
 * than treated as anonymous, so a client learns at once that its token no longer works; a
 * read token is refused for anything that would change data (it may use the calculators
 * that store nothing).
 */
class AccessTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	/**
	 * Posts that only calculate and store nothing, for anyone: anonymous callers may use
	 * them, so a read token may too.
	 */
	static final RequestMatcher CALCULATORS = new OrRequestMatcher(
			PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/plans"),
			PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/medicines/check"));

	private final AccessTokens tokens;

	private final AccountRepository accounts;

	private final ProblemWriter problems;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	AccessTokenFilter(AccessTokens tokens, AccountRepository accounts, ProblemWriter problems) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.problems = problems;
	}

	static boolean carriesToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!carriesToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
		Optional<AccessToken> token = this.tokens.authenticate(secret);
		Optional<AccountUser> user = token.flatMap((t) -> this.accounts.findById(t.accountId()))
			.map((account) -> AccountUser.forToken(account, token.get().scope() == TokenScope.WRITE));
		if (user.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			this.problems.write(response, HttpStatus.UNAUTHORIZED, ProblemWriter.UNAUTHENTICATED,
					"The access token is not valid",
					"The token is unknown or has been revoked. Create a new one with POST /api/v1/tokens.");
			return;
		}
		if (!user.get().canWrite() && !READING_METHODS.contains(request.getMethod()) && !CALCULATORS.matches(request)) {
			this.problems.write(response, HttpStatus.FORBIDDEN, ProblemWriter.FORBIDDEN, "This token can only read",
					"The token has the read scope. Create a token with the write scope to change data.");
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
		this.contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.contexts.clearContext();
		}
	}

}
