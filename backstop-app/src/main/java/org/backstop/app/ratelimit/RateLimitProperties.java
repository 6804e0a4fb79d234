package org.backstop.app.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests one client address, or one signed-in account, may send to each
 * limited group of endpoints in a window ({@code backstop.rate-limits.*}). The defaults
 * leave room for a person who mistypes a password a few times, and none for a script.
 */
@ConfigurationProperties("backstop.rate-limits")
public class RateLimitProperties {

	/** Off only for trying things out; a public node should keep it on. */
	private boolean enabled = true;

	/**
	 * How many client and group pairs the shared table keeps at most, so a flood from
	 * many addresses cannot fill the database (each node sweeps after adding a tenth of
	 * this).
	 */
	private int maxClients = 100_000;

	/** POST /sign-in and POST /api/v1/tokens. */
	private final Limit signIn = new Limit(10, Duration.ofMinutes(1));

	/** POST /sign-up and POST /api/v1/accounts. */
	private final Limit signUp = new Limit(5, Duration.ofMinutes(10));

	/** Asking for a password reset and confirming it, page and API. */
	private final Limit passwordReset = new Limit(5, Duration.ofMinutes(10));

	/**
	 * The contact form, by address: a person sends one or two; a flood lands in a
	 * clinic's queue.
	 */
	private final Limit contact = new Limit(5, Duration.ofMinutes(10));

	/** Assessments, plans and dose checks sent without an account. */
	private final Limit anonymousAssessments = new Limit(60, Duration.ofMinutes(1));

	/** The same, sent by a signed-in person: counted by account, wherever they are. */
	private final Limit signedInAssessments = new Limit(120, Duration.ofMinutes(1));

	/** Opening share links, by address: page and form alike. */
	private final Limit shareLinks = new Limit(30, Duration.ofMinutes(1));

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getMaxClients() {
		return this.maxClients;
	}

	public void setMaxClients(int maxClients) {
		this.maxClients = maxClients;
	}

	public Limit getSignIn() {
		return this.signIn;
	}

	public Limit getSignUp() {
		return this.signUp;
	}

	public Limit getPasswordReset() {
		return this.passwordReset;
	}

	public Limit getContact() {
		return this.contact;
	}

	public Limit getAnonymousAssessments() {
		return this.anonymousAssessments;
	}

	public Limit getSignedInAssessments() {
		return this.signedInAssessments;
	}

	public Limit getShareLinks() {
		return this.shareLinks;
	}

	/** At most {@code requests} in each {@code window}. */
	public static class Limit {

		private long requests;

		private Duration window;

		Limit(long requests, Duration window) {
			this.requests = requests;
			this.window = window;
		}

		public long getRequests() {
			return this.requests;
		}

		public void setRequests(long requests) {
			this.requests = requests;
		}

		public Duration getWindow() {
			return this.window;
		}

		public void setWindow(Duration window) {
			this.window = window;
		}

	}

}
