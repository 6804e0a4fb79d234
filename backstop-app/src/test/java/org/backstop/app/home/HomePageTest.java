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
	void theThemeCanBeChosenWithoutJavaScript() {
		HttpResponse<String> dark = new Http(this.port).get("/?theme=dark");
		assertThat(dark.body()).contains("data-theme=\"dark\"");
		assertThat(dark.headers().allValues("Set-Cookie")).anyMatch((c) -> c.startsWith("BACKSTOP_THEME=dark"));
		assertThat(new Http(this.port).get("/?theme=purple").body()).doesNotContain("data-theme=");
	}

}
