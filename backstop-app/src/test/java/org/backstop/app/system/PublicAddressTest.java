package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The public address is an http(s) address, and a wrong one is said in plain words. */
class PublicAddressTest {

	private static PublicAddress with(String url) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("backstop.public-url", url)));
		return new PublicAddress(environment);
	}

	@Test
	void buildsLinksOnTheConfiguredAddressWithoutADoubleSlash() {
		assertThat(with("https://backstop.example.org/").of("/sign-in"))
			.isEqualTo("https://backstop.example.org/sign-in");
	}

	@Test
	void aWrongAddressIsRefusedNamingTheSetting() {
		for (String wrong : new String[] { "backstop.example.org", "ftp://backstop.example.org", "https://" }) {
			assertThatIllegalStateException().isThrownBy(() -> with(wrong).checkOnceReady())
				.withMessageContaining("BACKSTOP_PUBLIC_URL");
		}
	}

}
