package org.backstop.app.ratelimit;

import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The groups of endpoints that are limited, each with its own count per client, so that
 * running into one limit never blocks the others. Signing in, signing up, resetting a
 * password and the contact form are counted by address before anyone is known;
 * assessments are counted once the caller is known: by account for a signed-in person,
 * else by address. Share links are counted by address, every method.
 */
enum LimitedGroup {

	/** Everything that checks a password, so it cannot be guessed faster elsewhere. */
	SIGN_IN(Set.of("/sign-in", "/api/v1/tokens", "/account/password", "/api/v1/account/password")),

	SIGN_UP(Set.of("/sign-up", "/api/v1/accounts")),

	PASSWORD_RESET(Set.of("/password-reset", "/password-reset/confirm", "/api/v1/password-resets",
			"/api/v1/password-resets/confirm")),

	/** The contact form, on Backstop's pages and framed on a clinic's site. */
	CONTACT(Set.of("/contact", "/embed/contact")),

	ANONYMOUS_ASSESSMENTS(Set.of("/api/v1/assessments", "/api/v1/plans", "/api/v1/medicines/check")),

	/** The same endpoints as {@link #ANONYMOUS_ASSESSMENTS}, for a signed-in person. */
	SIGNED_IN_ASSESSMENTS(Set.of()),

	/**
	 * Opening a share link, reading it or posting to it: everything under
	 * {@value #SHARE_LINK_PREFIX}, so links and passcodes cannot be tried quickly.
	 */
	SHARE_LINKS(Set.of());

	static final String SHARE_LINK_PREFIX = "/s/";

	private final Set<String> paths;

	LimitedGroup(Set<String> paths) {
		this.paths = paths;
	}

	/** Whether the count waits until the caller is known. */
	boolean afterSignIn() {
		return this == ANONYMOUS_ASSESSMENTS || this == SIGNED_IN_ASSESSMENTS;
	}

	/**
	 * Whether a request goes on uncounted when its count cannot be written: an
	 * assessment, a plan or a medicine check is an answer someone may need at once
	 * (HAZ-020), while a password, a sign-up or a share link can wait.
	 */
	boolean passesUncounted() {
		return this == ANONYMOUS_ASSESSMENTS || this == SIGNED_IN_ASSESSMENTS;
	}

	/**
	 * The group a request counts against, if any. Only POSTs are limited, and every
	 * request under the share link prefix.
	 * @param signedIn whether the caller is a signed-in person, not merely someone with a
	 * cookie
	 */
	static Optional<LimitedGroup> of(HttpServletRequest request, boolean signedIn) {
		String path = path(request);
		if (path.startsWith(SHARE_LINK_PREFIX)) {
			return Optional.of(SHARE_LINKS);
		}
		if (!"POST".equals(request.getMethod())) {
			return Optional.empty();
		}
		for (LimitedGroup group : values()) {
			if (group.paths.contains(path)) {
				return Optional.of((group == ANONYMOUS_ASSESSMENTS && signedIn) ? SIGNED_IN_ASSESSMENTS : group);
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

}
