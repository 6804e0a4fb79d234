package org.backstop.app.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;

/** The home page in both languages, with the emergency number of the person's country. */
@ApiTest
class HomePageTest {

	@LocalServerPort
	int port;

	@Test
	void theHomePageLeadsToTheAssessmentAndNamesTheEmergencyNumber() {
		HttpResponse<String> page = new Http(this.port).withHeader("Accept-Language", "en-GB").get("/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"en\"", "href=\"/assess\"", "Call 999 now", "does not diagnose",
				"/css/backstop.css");
	}

	@Test
	void spanishFromTheBrowserOrTheSwitch() {
		HttpResponse<String> mexico = new Http(this.port).withHeader("Accept-Language", "es-MX,es;q=0.9").get("/");
		assertThat(mexico.body()).contains("<html lang=\"es\"", "Revisar mi espalda ahora", "Llama al 911");
		HttpResponse<String> chosen = new Http(this.port).withHeader("Accept-Language", "en-US").get("/?lang=es");
		assertThat(chosen.body()).contains("<html lang=\"es\"");
		assertThat(chosen.headers().allValues("Set-Cookie")).anyMatch((c) -> c.startsWith("BACKSTOP_LANG=es"));
		HttpResponse<String> unsupported = new Http(this.port).withHeader("Accept-Language", "fr-FR").get("/?lang=fr");
		assertThat(unsupported.body()).contains("<html lang=\"en\"", "Call 112 now");
	}

	@Test
	void theNumberFollowsTheCountryNeverTheLanguage() {
		// A browser in the United States keeps 911 in both languages, switch or not.
		Http us = Http.browser(this.port).withHeader("Accept-Language", "en-US,en;q=0.9");
		assertThat(us.get("/").body()).contains("Call 911 now", "href=\"tel:911\"", "card--urgent");
		assertThat(us.get("/?lang=es").body()).contains("<html lang=\"es\"", "Llama al 911", "href=\"tel:911\"");
		assertThat(us.get("/").body()).contains("<html lang=\"es\"", "Llama al 911");
		assertThat(us.get("/?lang=en").body()).contains("Call 911 now").doesNotContain("112");
		// The person's own choice wins over the browser's region, and is remembered.
		HttpResponse<String> chosen = us.get("/?country=GB");
		assertThat(chosen.headers().allValues("Set-Cookie")).anyMatch((c) -> c.startsWith("BACKSTOP_COUNTRY=GB"));
		assertThat(chosen.body()).contains("Call 999 now", "<option value=\"GB\" selected");
		assertThat(us.get("/?lang=es").body()).contains("Llama al 999");
		// Back to the browser's region.
		assertThat(us.get("/?country=auto&lang=en").body()).contains("Call 911 now");
		assertThat(us.get("/").body()).contains("Call 911 now");
		// A country it does not know is ignored; a region without a number of its own
		// gets 112.
		assertThat(new Http(this.port).withHeader("Accept-Language", "de-DE").get("/?country=XX").body())
			.contains("Call 112 now");
	}

	@Test
	void theThemeCanBeChosenWithoutJavaScript() {
		HttpResponse<String> dark = new Http(this.port).get("/?theme=dark");
		assertThat(dark.body()).contains("data-theme=\"dark\"");
		assertThat(dark.headers().allValues("Set-Cookie")).anyMatch((c) -> c.startsWith("BACKSTOP_THEME=dark"));
		assertThat(new Http(this.port).get("/?theme=purple").body()).doesNotContain("data-theme=");
	}

}
