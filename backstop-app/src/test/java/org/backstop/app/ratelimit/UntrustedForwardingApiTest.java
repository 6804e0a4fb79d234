package org.backstop.app.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import org.backstop.app.Http;
import org.backstop.app.TestDatabase;

/**
 * With no proxy named, as by default, {@code X-Forwarded-For} is anyone's say: a client
 * that makes up a new address for each request still counts as the address it connects
 * from. Each test uses a group of its own, since every request here comes from the
 * loopback. The loopback's counts are in the database every test of this run shares, so
 * each test starts them afresh.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backstop.rate-limits.sign-in.requests=3",
				"backstop.rate-limits.anonymous-assessments.requests=3" })
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("database")
class UntrustedForwardingApiTest {

	private static final String ASSESSMENT = "{\"age\":42,\"sex\":\"female\","
			+ "\"pain\":{\"intensity\":5,\"region\":\"lower_back\",\"durationDays\":2}}";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void forgetTheLoopbacksCounts() {
		this.jdbc.sql("DELETE FROM rate_limit_count WHERE client IN ('address:127.0.0.1', 'address:0:0:0:0:0:0:0:1')")
			.update();
	}

	private Http from(int madeUp) {
		return new Http(this.port).withHeader("X-Forwarded-For", "192.0.2." + madeUp);
	}

	@Test
	void aNewForwardedAddressEachTryDoesNotEscapeTheSignInLimit() {
		String wrong = "{\"email\":\"nobody@example.org\",\"password\":\"not the password at all\","
				+ "\"name\":\"test\",\"scope\":\"read\"}";
		for (int i = 0; i < 3; i++) {
			assertThat(from(i).postJson("/api/v1/tokens", wrong).statusCode()).isEqualTo(401);
		}
		for (int i = 3; i < 10; i++) {
			HttpResponse<String> refused = from(i).postJson("/api/v1/tokens", wrong);
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
		}
	}

	@Test
	void aNewForwardedAddressEachTryDoesNotEscapeTheAnonymousAssessmentLimit() {
		for (int i = 0; i < 3; i++) {
			assertThat(from(100 + i).postJson("/api/v1/assessments", ASSESSMENT).statusCode()).isEqualTo(200);
		}
		for (int i = 3; i < 10; i++) {
			HttpResponse<String> refused = from(100 + i).postJson("/api/v1/assessments", ASSESSMENT);
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
		}
	}

	@Test
	void aMadeUpForwardedSchemeIsNotBelieved() {
		HttpResponse<String> page = new Http(this.port).withHeader("X-Forwarded-Proto", "https").get("/sign-in");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
