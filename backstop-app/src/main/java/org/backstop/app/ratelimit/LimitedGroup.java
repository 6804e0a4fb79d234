package org.backstop.app.ratelimit;

import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * The groups of endpoints that are limited, each with its own count per client, so that
 * running into one limit never blocks the others.
 */
enum LimitedGroup {

	SIGN_IN(Set.of("/sign-in", "/api/v1/tokens")),

	SIGN_UP(Set.of("/sign-up", "/api/v1/accounts")),

	PASSWORD_RESET(Set.of("/password-reset", "/password-reset/confirm", "/api/v1/password-resets",
			"/api/v1/password-resets/confirm")),

	ANONYMOUS_ASSESSMENTS(Set.of("/api/v1/assessments", "/api/v1/plans", "/api/v1/medicines/check"));

	/** Cookies that say who the person is; with one, an assessment is not anonymous. */
	private static final Set<String> IDENTITY_COOKIES = Set.of("BACKSTOP_SESSION", "BACKSTOP_REMEMBER_ME",
			"JSESSIONID");

	private final Set<String> paths;

	LimitedGroup(Set<String> paths) {
		this.paths = paths;
	}

	/** The group a request counts against, if any. Only POSTs are limited. */
	static Optional<LimitedGroup> of(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return Optional.empty();
		}
		String path = path(request);
		for (LimitedGroup group : values()) {
			if (group.paths.contains(path)) {
				return (group == ANONYMOUS_ASSESSMENTS && carriesIdentity(request)) ? Optional.empty()
						: Optional.of(group);
			}
		}
		return Optional.empty();
	}

	private static String path(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		// "/sign-in/" and "/sign-in;x" reach the same handler, so they count the same.
		int parameters = path.indexOf(';');
		if (parameters >= 0) {
			path = path.substring(0, parameters);
		}
		while (path.length() > 1 && path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return path;
	}

	private static boolean carriesIdentity(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return true;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (IDENTITY_COOKIES.contains(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

}
