package org.backstop.app;

import java.time.Duration;

/**
 * How long a test waits for something it polls before it fails. Generous, so that a busy
 * two-core machine does not fail a test that is right; a test stops waiting as soon as
 * what it waits for has happened, so these bounds cost nothing when it passes.
 */
public final class Waits {

	/** For the whole app to start in a JVM of its own, on a fresh database. */
	public static final Duration START = Duration.ofMinutes(5);

	/** For anything else: a page, a message, a timer, a background job. */
	public static final Duration AT_MOST = Duration.ofMinutes(1);

	private Waits() {
	}

}
