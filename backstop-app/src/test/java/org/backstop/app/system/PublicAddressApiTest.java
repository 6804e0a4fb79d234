package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;

/**
 * Absolute addresses come from the configured public address: a client that names another
 * host in {@code Host} or {@code X-Forwarded-Host} cannot put it in what Backstop
 * answers.
 */
@ApiTest
class PublicAddressApiTest {

	@LocalServerPort
	int port;

	@Test
	void theApiDescriptionNamesThePublicAddressAsItsServer() {
		for (String forged : new String[] { "Host: evil.example\r\n",
				"Host: localhost\r\nX-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\n" }) {
			String answer = Http.raw(this.port, "GET /v3/api-docs HTTP/1.1\r\n" + forged + "Connection: close\r\n\r\n");
			assertThat(answer).as(forged).startsWith("HTTP/1.1 200").doesNotContain("evil.example");
			assertThat(answer).as(forged).contains("\"servers\":[{\"url\":\"http://localhost:" + this.port + "\"");
		}
	}

}
