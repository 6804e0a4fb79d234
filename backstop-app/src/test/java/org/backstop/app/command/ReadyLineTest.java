package org.backstop.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The ready line names the local address, and the public one when it is set elsewhere.
 * {@link CleanStartTest} sees it said by a real start.
 */
class ReadyLineTest {

	@Test
	void namesTheLocalAddressAlone() {
		assertThat(ReadyLine.text(8080, "http://localhost:8080"))
			.isEqualTo("Backstop is ready at http://localhost:8080");
	}

	@Test
	void namesThePublicAddressWhenOneIsSet() {
		assertThat(ReadyLine.text(8080, "https://backstop.example.org"))
			.isEqualTo("Backstop is ready at http://localhost:8080 (public address https://backstop.example.org)");
	}

}
