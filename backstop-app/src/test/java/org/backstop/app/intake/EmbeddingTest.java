package org.backstop.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.account.AccountService;
import org.backstop.app.clinic.ClinicAdminPagesTest;

/**
 * The framed pages: only the clinic's own sites may frame them, every other page stays
 * unframeable, and a request from a frame lands in the queue with the framing page as
 * context only.
 */
@ApiTest
class EmbeddingTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	FormStamps stamps;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clinicWithItsSites() {
		ClinicAdminPagesTest.configure(this.port, this.accounts);
	}

	@Test
	void onlyTheClinicsSitesMayFrameTheEmbeddedPages() {
		Http http = new Http(this.port);
		for (String path : List.of("/embed/contact", "/embed/assess")) {
			HttpResponse<String> page = http.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
			assertThat(policy).as(path)
				.endsWith("; frame-ancestors " + ClinicAdminPagesTest.CLINIC_SITE
						+ " https://booking.harbour-clinic.example:8443")
				.contains("default-src 'self'", "script-src 'self'")
				.doesNotContain("'none'; frame");
			assertThat(page.headers().allValues("Content-Security-Policy")).as(path).hasSize(1);
			assertThat(page.headers().firstValue("X-Frame-Options")).as(path).isEmpty();
			assertThat(page.body()).as(path).contains("Harbour Back Clinic", "/embed/clinic.css");
		}
		assertThat(http.get("/embed/clinic.css").body()).contains("#1f4e79", "#7a2e0e");
		for (String path : List.of("/contact", "/", "/assess", "/embed/clinic.css")) {
			HttpResponse<String> page = http.get(path);
			assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).as(path)
				.endsWith("frame-ancestors 'none'");
			assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
		}
	}

	@Test
	void aRequestFromTheFrameLandsInTheQueueWithItsPageAsContext() {
		Http frame = new Http(this.port).withHeader("Referer", "https://www.harbour-clinic.example/back-pain");
		HttpResponse<String> form = frame.get("/embed/contact");
		assertThat(form.body()).contains("value=\"https://www.harbour-clinic.example/back-pain\"");

		// A frame on another site gets no cookie of ours, so it has no CSRF token to
		// send.
		String name = ContactForms.marker();
		Map<String, String> fields = ContactForms.valid(this.stamps, name);
		fields.put("from", "https://www.harbour-clinic.example/back-pain\u0007");
		HttpResponse<String> posted = frame.postForm("/embed/contact", fields);
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(posted.headers().firstValue("Location").orElseThrow())
			.matches(".*/embed/contact/sent/[0-9a-f-]{36}");
		HttpResponse<String> sent = ContactForms.followed(frame, posted);
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("frame-ancestors https://www.harbour-clinic.example");
		assertThat(sent.body()).contains("id=\"sent\"", "Harbour Back Clinic");
		assertThat(this.jdbc.sql("SELECT embedded_from FROM intake_request WHERE name = ?")
			.param(name)
			.query(String.class)
			.single()).isEqualTo("https://www.harbour-clinic.example/back-pain");

		// The same post from a browser signed in to Backstop needs its token, as every
		// form.
		Http signedIn = People.signedIn(this.port, People.signUp(new Http(this.port)));
		assertThat(signedIn.postForm("/embed/contact", ContactForms.valid(this.stamps, ContactForms.marker()))
			.statusCode()).isEqualTo(403);
		// And the page's own form ignores a framing page it was not in.
		String direct = ContactForms.marker();
		Map<String, String> notFramed = ContactForms.valid(this.stamps, direct);
		notFramed.put("from", "https://www.harbour-clinic.example/back-pain");
		ContactForms.post(Http.browser(this.port), "/contact", notFramed);
		assertThat(this.jdbc.sql("SELECT embedded_from FROM intake_request WHERE name = ?")
			.param(direct)
			.query(String.class)
			.list()).containsExactly((String) null);
	}

}
