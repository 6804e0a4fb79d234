package org.backstop.app.passwordreset;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;

/**
 * The reset pages as a browser without JavaScript uses them: plain forms, the CSRF token
 * in each, errors beside the field, and the link from the email.
 */
@ApiTest
class PasswordResetPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordResets resets;

	@Test
	void aPersonAsksForALinkAndChoosesANewPassword() {
		String email = People.signUp(new Http(this.port));
		Http browser = Http.browser(this.port);

		HttpResponse<String> form = browser.get("/password-reset");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("<label for=\"email\">").doesNotContainPattern("<script(?![^>]*\\bsrc=)");
		HttpResponse<String> bad = browser.postForm("/password-reset",
				Map.of("email", "not an address", "_csrf", PasswordResetApiTest.csrf(form)));
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("id=\"email-error\"", "role=\"alert\"", "value=\"not an address\"");

		HttpResponse<String> asked = browser.postForm("/password-reset",
				Map.of("email", email, "_csrf", PasswordResetApiTest.csrf(bad)));
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(asked.headers().firstValue("Location").orElse("")).endsWith("/password-reset?sent");
		ResetLinks.await(this.resets);
		assertThat(browser.get("/password-reset?sent").body()).contains("If an account exists for this email address")
			.doesNotContain("<form");

		String body = ResetLinks.bodies(this.jdbc, email).get(0);
		String link = body.substring(body.indexOf("http://localhost:"), body.indexOf('\n', body.indexOf("http://")));
		Http fromEmail = Http.browser(this.port);
		HttpResponse<String> confirmForm = fromEmail.get(link.substring(link.indexOf("/password-reset")));
		assertThat(confirmForm.statusCode()).isEqualTo(200);
		assertThat(confirmForm.body())
			.contains("<label for=\"newPassword\">", "name=\"referrer\" content=\"no-referrer\"")
			.doesNotContain("role=\"alert\"");

		String token = ResetLinks.token(body);
		HttpResponse<String> weak = fromEmail.postForm("/password-reset/confirm", Map.of("token", token, "newPassword",
				"passwordpassword", "_csrf", PasswordResetApiTest.csrf(confirmForm)));
		assertThat(weak.statusCode()).isEqualTo(200);
		assertThat(weak.body()).contains("id=\"newPassword-error\"", "role=\"alert\"", "too common");

		HttpResponse<String> done = fromEmail.postForm("/password-reset/confirm", Map.of("token", token, "newPassword",
				PasswordResetApiTest.NEW_PASSWORD, "_csrf", PasswordResetApiTest.csrf(weak)));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location").orElse("")).endsWith("/sign-in?reset");
		assertThat(fromEmail.get("/sign-in?reset").body()).contains("Your password is changed");
		assertThat(fromEmail.get("/sign-in").body()).doesNotContain("Your password is changed");

		HttpResponse<String> used = fromEmail.get("/password-reset/confirm?token=" + token);
		assertThat(used.body()).contains("does not work any more", "href=\"/password-reset\"")
			.doesNotContain("name=\"newPassword\"");
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() {
		Http browser = Http.browser(this.port);
		browser.get("/password-reset");
		HttpResponse<String> forged = browser.postForm("/password-reset", Map.of("email", People.freshEmail()));
		assertThat(forged.statusCode()).isEqualTo(403);
	}

	@Test
	void aMadeUpOrMissingTokenShowsHowToGetANewLink() {
		Http browser = Http.browser(this.port);
		for (String path : new String[] { "/password-reset/confirm?token=made-up", "/password-reset/confirm" }) {
			HttpResponse<String> page = browser.get(path);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("role=\"alert\"", "does not work any more", "Ask for a new link");
		}
		HttpResponse<String> posted = browser.postForm("/password-reset/confirm",
				Map.of("token", "made-up", "newPassword", PasswordResetApiTest.NEW_PASSWORD, "_csrf",
						PasswordResetApiTest.csrf(browser.get("/password-reset"))));
		assertThat(posted.statusCode()).isEqualTo(200);
		assertThat(posted.body()).contains("does not work any more");
	}

	@Test
	void theLinkFromTheEmailOpensASpanishFormWithSpanishProblems() {
		String email = People.signUp(new Http(this.port));
		Http asker = Http.browser(this.port).withHeader("Accept-Language", "es");
		asker.postForm("/password-reset",
				Map.of("email", email, "_csrf", PasswordResetApiTest.csrf(asker.get("/password-reset"))));
		ResetLinks.await(this.resets);
		String token = ResetLinks.token(this.jdbc, email);

		Http spanish = Http.browser(this.port).withHeader("Accept-Language", "es");
		HttpResponse<String> form = spanish.get("/password-reset/confirm?token=" + token);
		assertThat(form.body())
			.contains("<html lang=\"es\"", "Elegir una contraseña nueva", "Contraseña nueva", "Al menos 15 caracteres",
					"se cerrarán todas tus sesiones", "Guardar la contraseña nueva")
			.doesNotContain("New password", "At least 15", "signed out", "Save new password");
		HttpResponse<String> weak = spanish.postForm("/password-reset/confirm",
				Map.of("token", token, "newPassword", "passwordpassword", "_csrf", PasswordResetApiTest.csrf(form)));
		assertThat(weak.body())
			.contains("id=\"newPassword-error\"", "demasiado común o fácil de adivinar", "Revisa estos campos",
					"href=\"#newPassword\"")
			.doesNotContain("too common");
	}

}
