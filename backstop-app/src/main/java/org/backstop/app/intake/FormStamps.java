package org.backstop.app.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.backstop.app.security.Secrets;

/**
 * The time a contact form was handed out, signed, so that a form sent back sooner than a
 * person could fill it in is known for a script's. The key comes from
 * {@code backstop.intake.form-key} (give every node of an installation the same), else a
 * random one per start, which only means a form handed out before a restart must be sent
 * again.
 */
@Component
class FormStamps {

	/** What a stamp says of the form that carried it. */
	enum Verdict {

		/** Filled in at a person's pace. */
		HUMAN,
		/** Sent back too soon after it was handed out. */
		TOO_FAST,
		/** Handed out so long ago that it must be sent again. */
		EXPIRED,
		/** Missing, or not made here. */
		FORGED

	}

	/** How long a form may stay open before it is handed out again. */
	static final Duration VALID_FOR = Duration.ofHours(12);

	private final Clock clock;

	private final Duration minimum;

	private final SecretKeySpec key;

	FormStamps(Clock clock, @Value("${backstop.intake.min-time-to-submit:3s}") Duration minimum,
			@Value("${backstop.intake.form-key:}") String key) {
		this.clock = clock;
		this.minimum = minimum;
		this.key = new SecretKeySpec((key.isBlank() ? Secrets.random() : key).getBytes(StandardCharsets.UTF_8),
				"HmacSHA256");
	}

	/** A stamp for a form handed out now. */
	String issue() {
		return issue(this.clock.instant());
	}

	/** A stamp for a form handed out then: for tests that fill forms in at once. */
	String issue(Instant handedOut) {
		String millis = Long.toString(handedOut.toEpochMilli());
		return millis + "." + sign(millis);
	}

	Verdict check(String stamp) {
		if (stamp == null || stamp.length() > 100) {
			return Verdict.FORGED;
		}
		int dot = stamp.indexOf('.');
		if (dot < 1) {
			return Verdict.FORGED;
		}
		String millis = stamp.substring(0, dot);
		byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.UTF_8);
		if (!MessageDigest.isEqual(given, sign(millis).getBytes(StandardCharsets.UTF_8))) {
			return Verdict.FORGED;
		}
		Instant handedOut;
		try {
			handedOut = Instant.ofEpochMilli(Long.parseLong(millis));
		}
		catch (NumberFormatException ex) {
			return Verdict.FORGED;
		}
		Duration open = Duration.between(handedOut, this.clock.instant());
		if (open.compareTo(this.minimum) < 0) {
			return Verdict.TOO_FAST;
		}
		return (open.compareTo(VALID_FOR) > 0) ? Verdict.EXPIRED : Verdict.HUMAN;
	}

	private String sign(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
