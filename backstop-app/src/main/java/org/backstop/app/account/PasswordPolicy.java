package org.backstop.app.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.CodedText;

/**
 * Password rules after NIST SP 800-63B: a minimum length (15 characters, since a password
 * is the only factor), a generous maximum, any characters including spaces, no
 * composition rules, and a check against passwords known to be common or easy to guess.
 * Length counts Unicode characters after NFKC normalisation, as the guideline advises.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 15;

	public static final int MAX_LENGTH = 128;

	/** The shipped list of common passwords, one per line, lower case. */
	static final String BLOCKLIST = "account/common-passwords.txt";

	private final Set<String> blocked;

	public PasswordPolicy() {
		this.blocked = load();
	}

	/**
	 * What is wrong with this password for this email, in words a person can act on, or
	 * empty when it is fine.
	 */
	public Optional<String> problem(String password, String email) {
		return fault(password, email).map(CodedText::english);
	}

	/** What {@link #problem} says, with its code and arguments. */
	public Optional<CodedText> fault(String password, String email) {
		Optional<CodedText> unfit = JsonFields.textFault(password, Integer.MAX_VALUE, false);
		if (unfit.isPresent()) {
			return unfit;
		}
		String normalized = normalize(password);
		int length = normalized.codePointCount(0, normalized.length());
		if (length < MIN_LENGTH) {
			return Optional.of(Problem.PASSWORD_TOO_SHORT.text());
		}
		if (length > MAX_LENGTH) {
			return Optional.of(Problem.PASSWORD_TOO_LONG.text());
		}
		String lower = normalized.toLowerCase(Locale.ROOT);
		if (this.blocked.contains(lower) || isRepetitive(lower)) {
			return Optional.of(Problem.PASSWORD_COMMON.text());
		}
		if (email != null && (lower.contains(email.toLowerCase(Locale.ROOT)) || containsLocalPart(lower, email)
				|| lower.contains("backstop"))) {
			return Optional.of(Problem.PASSWORD_PERSONAL.text());
		}
		return Optional.empty();
	}

	/** The form the hash is taken of, so the same password always matches. */
	public static String normalize(String password) {
		return Normalizer.normalize(password, Normalizer.Form.NFKC);
	}

	private static boolean containsLocalPart(String lower, String email) {
		int at = email.indexOf('@');
		String local = (at > 0) ? email.substring(0, at).toLowerCase(Locale.ROOT) : "";
		return local.length() >= 4 && lower.contains(local);
	}

	/**
	 * One character, or one pattern, over and over: "aaaa...", "abcabc...",
	 * "passwordpassword", "correct horse correct horse". A password said twice is no
	 * harder to guess than said once.
	 */
	private static boolean isRepetitive(String password) {
		// Up to half and one, so a phrase said twice with a space between counts too.
		for (int period = 1; period <= (password.length() + 1) / 2; period++) {
			if (repeatsWithPeriod(password, period)) {
				return true;
			}
		}
		return isSequential(password);
	}

	private static boolean repeatsWithPeriod(String password, int period) {
		for (int i = period; i < password.length(); i++) {
			if (password.charAt(i) != password.charAt(i - period)) {
				return false;
			}
		}
		return true;
	}

	/** Characters that step by one all the way: "123456789012345", "abcdefghijklmno". */
	private static boolean isSequential(String password) {
		int up = 0;
		int down = 0;
		for (int i = 1; i < password.length(); i++) {
			int step = password.charAt(i) - password.charAt(i - 1);
			up += (step == 1 || (step == -9 && password.charAt(i) == '0')) ? 1 : 0;
			down += (step == -1) ? 1 : 0;
		}
		return up == password.length() - 1 || down == password.length() - 1;
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(BLOCKLIST)) {
			if (in == null) {
				throw new IllegalStateException("the common-password list " + BLOCKLIST + " is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
