package org.backstop.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The password rules, without Spring: a new policy reads the shipped list itself. */
class PasswordPolicyTest {

	static final String EMAIL = "margaret.thompson@example.org";

	static final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void aGoodLongPassphrasePasses() {
		assertThat(policy.problem("granite harbour lantern 42", EMAIL)).isEmpty();
		assertThat(policy.problem("purple otter sings at dawn", EMAIL)).isEmpty();
		assertThat(policy.problem("Ünïcödé wörds wörk tóo, ça va", EMAIL)).isEmpty();
	}

	@Test
	void lengthIsFifteenToOneHundredTwentyEightCharacters() {
		assertThat(policy.problem("brisk otter ma", EMAIL)).hasValueSatisfying(tooShort());
		assertThat(policy.problem("brisk otter map", EMAIL)).isEmpty();
		String longest = unrepeatingText(PasswordPolicy.MAX_LENGTH);
		assertThat(policy.problem(longest, EMAIL)).isEmpty();
		assertThat(policy.problem(longest + "q", EMAIL))
			.hasValueSatisfying((m) -> assertThat(m).startsWith("must be at most 128"));
	}

	@Test
	void lengthCountsUnicodeCharactersAfterNfkc() {
		// Eight emoji are sixteen Java chars but eight characters.
		String emoji = "\uD83C\uDF35\uD83C\uDF3B\uD83C\uDF3C\uD83C\uDF40\uD83C\uDF41\uD83C\uDF42\uD83C\uDF43\uD83C\uDF44";
		assertThat(emoji).hasSize(16);
		assertThat(policy.problem(emoji, EMAIL)).hasValueSatisfying(tooShort());
		StringBuilder fifteen = new StringBuilder();
		for (int i = 0; i < 15; i++) {
			fifteen.appendCodePoint(0x1F330 + 3 * i);
		}
		assertThat(fifteen).hasSize(30);
		assertThat(policy.problem(fifteen.toString(), EMAIL)).isEmpty();
		// The ligature "ﬁ" is one character before NFKC and two after: 14 become 15.
		String ligature = "of\uFB01ce lamp rug";
		assertThat(ligature.codePointCount(0, ligature.length())).isEqualTo(14);
		assertThat(policy.problem(ligature, EMAIL)).isEmpty();
		// "e" and a combining accent are two before NFKC and one ("é") after: 15 become
		// 14.
		String composed = "cafe\u0301 lamp rugs";
		assertThat(composed.codePointCount(0, composed.length())).isEqualTo(15);
		assertThat(policy.problem(composed, EMAIL)).hasValueSatisfying(tooShort());
		// 128 characters that are 256 Java chars are not too long.
		StringBuilder wide = new StringBuilder();
		for (int i = 0; i < PasswordPolicy.MAX_LENGTH; i++) {
			wide.appendCodePoint(0x1F300 + (i * 7) % 500);
		}
		assertThat(wide).hasSize(2 * PasswordPolicy.MAX_LENGTH);
		assertThat(policy.problem(wide.toString(), EMAIL)).isEmpty();
	}

	@Test
	void spacesAreAllowedAndCount() {
		assertThat(policy.problem("sea salt and rain", EMAIL)).isEmpty();
		assertThat(policy.problem("  sea   salt  ", EMAIL)).hasValueSatisfying(tooShort());
		assertThat(policy.problem("  sea   salt   ", EMAIL)).isEmpty();
	}

	@Test
	void blocklistedPasswordsAreRejectedWhateverTheirCase() {
		for (String common : List.of("correct horse battery staple", "Correct Horse Battery Staple",
				"CorrectHorseBatteryStaple", "1qaz2wsx3edc4rfv", "1QAZ2WSX3EDC4RFV", "QwertyuiopAsdfgh",
				"zxcvbnm123456789", "The Quick Brown Fox Jumps Over The Lazy Dog")) {
			assertThat(policy.problem(common, EMAIL)).as(common).hasValueSatisfying(tooCommon());
		}
		// Full-width letters become plain ones under NFKC, and are caught too.
		assertThat(policy.problem("ｃｏｒｒｅｃｔ ｈｏｒｓｅ ｂａｔｔｅｒｙ ｓｔａｐｌｅ", EMAIL)).hasValueSatisfying(tooCommon());
		// One word more makes it a different password.
		assertThat(policy.problem("correct horse battery staple glue", EMAIL)).isEmpty();
	}

	@Test
	void theShippedListIsLargeLowerCaseAndTrimmed() throws IOException {
		List<String> entries;
		try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(PasswordPolicy.BLOCKLIST)) {
			entries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		assertThat(entries).hasSizeGreaterThan(30_000).doesNotHaveDuplicates().contains("password", "123456");
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry).isEqualTo(entry.strip()).isEqualTo(entry.toLowerCase(Locale.ROOT));
			assertThat(PasswordPolicy.normalize(entry)).isEqualTo(entry);
		});
	}

	@Test
	void repeatedAndSequentialPatternsAreRejected() {
		for (String easy : List.of("aaaaaaaaaaaaaaaa", "               ", "abababababababab", "abcabcabcabcabc",
				"blue whale blue whale ", "correct horse correct horse", "123456789012345", "abcdefghijklmnop",
				"3456789012345678", "zyxwvutsrqponmlk")) {
			assertThat(policy.problem(easy, EMAIL)).as(easy).hasValueSatisfying(tooCommon());
		}
		// A pattern that is only part of the password is fine.
		assertThat(policy.problem("abcabc lemon tree walk", EMAIL)).isEmpty();
	}

	@Test
	void theEmailItsLocalPartAndTheServiceNameAreRejected() {
		for (String personal : List.of("margaret.thompson@example.org x", "i am margaret.thompson",
				"MARGARET.THOMPSON likes tea", "my backstop password", "My BackStop Password")) {
			assertThat(policy.problem(personal, EMAIL)).as(personal)
				.hasValueSatisfying((m) -> assertThat(m).contains("email address"));
		}
		// A local part of fewer than four characters is too common a word to rule out.
		assertThat(policy.problem("ann likes long walks", "ann@example.org")).isEmpty();
		assertThat(policy.problem("joanna likes long walks", "joan@example.org")).isPresent();
		// Without an email, only the service name is checked.
		assertThat(policy.problem("i am margaret.thompson", null)).isEmpty();
	}

	private static java.util.function.Consumer<String> tooShort() {
		return (message) -> assertThat(message).startsWith("must be at least 15 characters");
	}

	private static java.util.function.Consumer<String> tooCommon() {
		return (message) -> assertThat(message).contains("too common");
	}

	/** Text of the given length with no repeating pattern and no run. */
	private static String unrepeatingText(int length) {
		StringBuilder text = new StringBuilder();
		long state = 42;
		while (text.length() < length) {
			state = state * 6364136223846793005L + 1442695040888963407L;
			int letter = (int) ((state >>> 33) % 27);
			text.append((letter == 26) ? ' ' : (char) ('a' + letter));
		}
		return text.toString();
	}

}
