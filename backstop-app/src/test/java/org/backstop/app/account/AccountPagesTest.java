package org.backstop.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.ApiTest;
import org.backstop.app.Forms;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.Waits;

/**
 * The sign-in, sign-up, password reset and account pages in both languages, and the round
 * trip of a person sent to sign in to save an assessment.
 */
@ApiTest
class AccountPagesTest {

	private static final Pattern MAIN = Pattern.compile("<main[^>]*>(.*)</main>", Pattern.DOTALL);

	/** Words that show English left in a Spanish page. */
	private static final Pattern ENGLISH = Pattern
		.compile("\\b(the|your|you|and|account|password|sign|email|create|delete)\\b", Pattern.CASE_INSENSITIVE);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignUpWarnings warnings;

	/**
	 * A new account is signed in at once. A known address is not (its owner's password is
	 * not what was typed): it gets the same words as ever, and its owner an email. That
	 * difference tells no more than signing in with the chosen password always did.
	 */
	@Test
	void signingUpSignsInANewAccountAndAKnownAddressIsToldAsBefore() throws Exception {
		String known = People.signUp(new Http(this.port));
		String unknown = People.freshEmail();
		Http newcomer = Http.browser(this.port).withHeader("Accept-Language", "en");
		HttpResponse<String> created = newcomer.postForm("/sign-up", Map.of("email", unknown, "password",
				"another long pass phrase", "_csrf", Forms.csrfToken(newcomer, "/sign-up")));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/account?welcome");
		HttpResponse<String> account = newcomer.get("/account?welcome");
		assertThat(account.statusCode()).isEqualTo(200);
		assertThat(account.body()).contains("id=\"welcome\"", "you are signed in", unknown);

		Http other = Http.browser(this.port).withHeader("Accept-Language", "en");
		HttpResponse<String> answer = other.postForm("/sign-up", Map.of("email", known, "password",
				"another long pass phrase", "_csrf", Forms.csrfToken(other, "/sign-up")));
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/sign-in?created");
		assertThat(other.get("/sign-in?created").body()).contains("yours is ready", "already had one");
		assertThat(other.get("/account").statusCode()).isEqualTo(302);
		this.warnings.await(Waits.AT_MOST);
		assertThat(this.jdbc.sql("SELECT subject FROM mail_outbox WHERE recipient = ?")
			.param(known)
			.query(String.class)
			.list()).containsExactly("Someone tried to make a Backstop account with your address");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")
			.param(unknown)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theSignInSignUpAndResetPagesSpeakSpanishThroughout() throws IOException {
		Http spanish = new Http(this.port).withHeader("Accept-Language", "es-ES");
		assertThat(spanishMain(spanish.get("/sign-in"))).contains("Entrar", "Correo electrónico", "Contraseña",
				"Mantener la sesión abierta", "¿Has olvidado tu contraseña?");
		assertThat(spanishMain(spanish.get("/sign-in?error&signed-out&created&reset"))).contains(
				"no coinciden con ninguna cuenta", "Has salido de tu cuenta", "la tuya está lista",
				"Tu contraseña ha cambiado");
		assertThat(spanishMain(spanish.get("/sign-up"))).contains("Crear una cuenta", "Al menos 15 caracteres",
				"¿Cómo quieres que te llamemos?", "Ya tengo una cuenta");
		assertThat(spanishMain(spanish.get("/password-reset"))).contains("Elegir una contraseña nueva",
				"Enviarme un enlace", "Recuerdo mi contraseña");
		assertThat(spanishMain(spanish.get("/password-reset?sent"))).contains("Si existe una cuenta con este correo",
				"durante 30 minutos", "correo no deseado");
		assertThat(spanishMain(spanish.get("/password-reset/confirm?token=nothing-like-a-token")))
			.contains("Este enlace ya no funciona", "Pedir un enlace nuevo");
	}

	@Test
	void theAccountPageSpeaksSpanishAndDeletesWithTheSpanishWords() throws IOException {
		String email = People.signUp(new Http(this.port));
		Http browser = People.signedIn(this.port, email).withHeader("Accept-Language", "es");
		String main = spanishMain(browser.get("/account"));
		assertThat(main).contains("Tu cuenta", "Has entrado como", email, "Descargar mis datos", "Borrar tu cuenta",
				"borrar mi cuenta");

		HttpResponse<String> wrong = browser.postForm("/account/delete", Map.of("password", "not the password at all",
				"confirm", "Borrar mi cuenta", "_csrf", Forms.csrfToken(browser, "/account")));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(spanishMain(wrong))
			.contains("id=\"delete-password-error\"", "Esta no es tu contraseña", "href=\"#delete-password\"",
					"Tu contraseña: Esta no es tu contraseña")
			.doesNotContain("id=\"delete-confirm-error\"");
		HttpResponse<String> unconfirmed = browser.postForm("/account/delete",
				Map.of("password", People.PASSWORD, "confirm", "", "_csrf", Forms.csrfToken(browser, "/account")));
		assertThat(spanishMain(unconfirmed)).contains("id=\"delete-confirm-error\"",
				"Escribe las palabras «borrar mi cuenta»");

		HttpResponse<String> deleted = browser.postForm("/account/delete", Map.of("password", People.PASSWORD,
				"confirm", "borrar mi cuenta", "_csrf", Forms.csrfToken(browser, "/account")));
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(deleted.headers().firstValue("Location").orElse("")).endsWith("/?deleted");
	}

	@Test
	void aPasswordProblemIsSpanishOnThePageAndEnglishInTheApi() throws IOException {
		Http browser = Http.browser(this.port).withHeader("Accept-Language", "es");
		HttpResponse<String> page = browser.postForm("/sign-up", Map.of("email", People.freshEmail(), "password",
				"short", "displayName", "Ana", "_csrf", Forms.csrfToken(browser, "/sign-up")));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(spanishMain(page)).contains("id=\"password-error\"", "aria-invalid=\"true\"",
				"aria-describedby=\"password-error\"", "Usa al menos 15 caracteres", "value=\"Ana\"",
				"id=\"error-summary\"", "Revisa estos campos", "href=\"#password\"", "Contraseña: Usa al menos 15");

		HttpResponse<String> api = new Http(this.port).withHeader("Accept-Language", "es")
			.postJson("/api/v1/accounts", "{\"email\":\"" + People.freshEmail() + "\",\"password\":\"short\"}");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.body()).contains("must be at least 15 characters").doesNotContain("Usa al menos");
	}

	@Test
	void aNameOfEmojiFitsItsLengthAndAControlCharacterIsNamedBesideTheField() throws IOException {
		Http browser = Http.browser(this.port).withHeader("Accept-Language", "es");
		String emailOfEmoji = People.freshEmail();
		HttpResponse<String> emoji = browser.postForm("/sign-up",
				Map.of("email", emailOfEmoji, "password", People.PASSWORD, "displayName", "\uD83D\uDE00".repeat(100),
						"_csrf", Forms.csrfToken(browser, "/sign-up")));
		assertThat(emoji.statusCode()).as(emoji.body()).isEqualTo(302);

		HttpResponse<String> control = browser.postForm("/sign-up", Map.of("email", People.freshEmail(), "password",
				People.PASSWORD, "displayName", "Ana\u0000", "_csrf", Forms.csrfToken(browser, "/sign-up")));
		assertThat(control.statusCode()).isEqualTo(200);
		assertThat(spanishMain(control)).contains("id=\"displayName-error\"", "Contiene un carácter de control");
	}

	@Test
	void englishPagesShowTheProblemsInEnglishSentences() {
		Http browser = Http.browser(this.port).withHeader("Accept-Language", "en");
		HttpResponse<String> page = browser.postForm("/sign-up", Map.of("email", "not an address", "password",
				"password password", "_csrf", Forms.csrfToken(browser, "/sign-up")));
		assertThat(page.body()).contains("<html lang=\"en\"", "This is not an email address",
				"This password is too common or too easy to guess");
	}

	@Test
	void aPersonSentToSignInToSaveIsToldWhyAndSigningUpKeepsTheWayBack() {
		Http fresh = Http.browser(this.port).withHeader("Accept-Language", "en");
		assertThat(fresh.get("/sign-in").body()).doesNotContain("id=\"sign-in-to-save-reason\"");

		Http browser = Http.browser(this.port).withHeader("Accept-Language", "en");
		HttpResponse<String> askToSignIn = browser.get("/assess/save");
		assertThat(askToSignIn.statusCode()).isEqualTo(302);
		assertThat(browser.get("/sign-in").body()).contains("id=\"sign-in-to-save-reason\"",
				"Sign in to save your assessment.", "No account?", "Create one - it takes a minute.",
				"href=\"/sign-up\"");
		assertThat(browser.get("/sign-up").body()).contains("id=\"sign-up-to-save-reason\"",
				"you are then signed in and back at your result");

		String email = People.freshEmail();
		HttpResponse<String> created = browser.postForm("/sign-up",
				Map.of("email", email, "password", People.PASSWORD, "_csrf", Forms.csrfToken(browser, "/sign-up")));
		// Signed in at once, and straight back to saving the result.
		assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/assess/result?save#save");
		assertThat(browser.get("/account").statusCode()).isEqualTo(200);
	}

	@Test
	void theSaveExplanationIsSpanishToo() throws IOException {
		Http browser = Http.browser(this.port).withHeader("Accept-Language", "es");
		browser.get("/assess/save");
		assertThat(spanishMain(browser.get("/sign-in"))).contains("Entra para guardar tu evaluación.",
				"¿No tienes cuenta?", "Crea una; es cosa de un minuto.");
	}

	/**
	 * The page's main part, checked to be Spanish: no English word and no English text of
	 * the account bundle left in what a person reads.
	 */
	private static String spanishMain(HttpResponse<String> page) throws IOException {
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"es\"");
		Matcher main = MAIN.matcher(page.body());
		assertThat(main.find()).isTrue();
		String text = main.group(1)
			.replaceAll("<[^>]*>", " ")
			.replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&amp;", "&")
			.replaceAll("\\S+@\\S+", " ");
		assertThat(text).doesNotContainPattern(ENGLISH);
		Properties english = bundle("messages/account.properties");
		Properties spanish = bundle("messages/account_es.properties");
		for (String key : english.stringPropertyNames()) {
			String words = english.getProperty(key);
			if (!words.equals(spanish.getProperty(key)) && words.length() > 8 && !words.contains("{")) {
				assertThat(text).as(key).doesNotContain(words);
			}
		}
		return main.group(1);
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = AccountPagesTest.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
