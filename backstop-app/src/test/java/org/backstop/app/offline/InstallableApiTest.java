package org.backstop.app.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;

/**
 * What a phone needs to install Backstop and use it offline, over real HTTP: a manifest
 * whose icons exist at the sizes it names, a worker served from the root (so its scope is
 * every page) that browsers check for updates, a page that links both, and an offline
 * page in the person's language with the emergency number first.
 */
@ApiTest
class InstallableApiTest {

	@LocalServerPort
	int port;

	@Test
	void theManifestNamesIconsThatExistAtTheirSizes() throws IOException {
		HttpResponse<String> manifest = new Http(this.port).get("/manifest.webmanifest");
		assertThat(manifest.statusCode()).isEqualTo(200);
		assertThat(Http.contentType(manifest)).startsWith("application/manifest+json");
		JsonNode json = Http.json(manifest);
		assertThat(json.get("name").asString()).isEqualTo("Backstop");
		assertThat(json.get("id").asString()).isEqualTo("/");
		assertThat(json.get("start_url").asString()).isEqualTo("/");
		assertThat(json.get("display").asString()).isEqualTo("standalone");
		assertThat(json.get("theme_color").asString()).isEqualTo("#2f5d62");
		int pngs = 0;
		for (JsonNode icon : json.get("icons")) {
			HttpResponse<byte[]> file = new Http(this.port).getBytes(icon.get("src").asString());
			assertThat(file.statusCode()).as(icon.get("src").asString()).isEqualTo(200);
			assertThat(file.body().length).as("a small icon").isLessThan(10_000);
			if (icon.get("type").asString().equals("image/png")) {
				var image = ImageIO.read(new ByteArrayInputStream(file.body()));
				assertThat(image.getWidth() + "x" + image.getHeight()).isEqualTo(icon.get("sizes").asString());
				pngs++;
			}
		}
		assertThat(pngs).as("192 and 512 pixel icons, and a maskable one").isGreaterThanOrEqualTo(3);
	}

	@Test
	void theWorkerIsServedFromTheRootAndNeverKeptStaleByTheHttpCache() {
		HttpResponse<String> worker = new Http(this.port).get("/sw.js");
		assertThat(worker.statusCode()).isEqualTo(200);
		assertThat(Http.contentType(worker)).contains("javascript");
		assertThat(worker.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");
		// API answers carry health data: the worker leaves them alone.
		assertThat(worker.body()).contains("url.pathname.startsWith('/api/')");
		String page = new Http(this.port).get("/").body();
		assertThat(page).contains("<link rel=\"manifest\" href=\"/manifest.webmanifest?lang=en\">")
			.contains("<script src=\"/js/offline.js\" defer></script>")
			.contains("<meta name=\"theme-color\"");
	}

	/**
	 * The manifest in the page's language: the pages link it with theirs, since a browser
	 * fetches a manifest without the language cookie. One app in every language: the same
	 * id, start and icons.
	 */
	@Test
	void theManifestIsInThePagesLanguage() {
		HttpResponse<String> spanish = new Http(this.port).withHeader("Accept-Language", "en-US")
			.get("/manifest.webmanifest?lang=es");
		assertThat(spanish.statusCode()).isEqualTo(200);
		assertThat(Http.contentType(spanish)).startsWith("application/manifest+json");
		assertThat(spanish.headers().firstValue("Content-Language")).hasValue("es");
		JsonNode es = Http.json(spanish);
		assertThat(es.get("lang").asString()).isEqualTo("es");
		assertThat(es.get("description").asString())
			.isEqualTo("Espasmos de espalda: qué hacer ahora, un plan para cuidarte, ejercicios y temporizadores.");
		assertThat(es.get("name").asString()).isEqualTo("Backstop");
		JsonNode en = Http
			.json(new Http(this.port).withHeader("Accept-Language", "es-ES").get("/manifest.webmanifest?lang=en"));
		assertThat(en.get("lang").asString()).isEqualTo("en");
		assertThat(en.get("description").asString()).startsWith("Back spasms: what to do now");
		for (String field : new String[] { "id", "start_url", "scope", "display", "theme_color", "icons" }) {
			assertThat(es.get(field)).as(field).isEqualTo(en.get(field));
		}
		// Without lang=, the browser's language decides.
		JsonNode byBrowser = Http
			.json(new Http(this.port).withHeader("Accept-Language", "es-MX").get("/manifest.webmanifest"));
		assertThat(byBrowser.get("lang").asString()).isEqualTo("es");
		// Each page links the manifest in its own language.
		assertThat(new Http(this.port).withHeader("Accept-Language", "es-ES").get("/").body())
			.contains("<link rel=\"manifest\" href=\"/manifest.webmanifest?lang=es\">");
		assertThat(new Http(this.port).withHeader("Accept-Language", "es-ES").get("/library?lang=en").body())
			.contains("<link rel=\"manifest\" href=\"/manifest.webmanifest?lang=en\">");
	}

	@Test
	void theOfflinePageIsInThePersonsLanguageWithTheEmergencyNumberFirst() {
		HttpResponse<String> spanish = new Http(this.port).withHeader("Accept-Language", "es-ES").get("/offline");
		assertThat(spanish.statusCode()).isEqualTo(200);
		String main = spanish.body().substring(spanish.body().indexOf("<main"));
		assertThat(main).contains("Sin conexión").contains("No se enviaron").contains("href=\"tel:112\"");
		assertThat(main.indexOf("tel:112")).isLessThan(main.indexOf("No se enviaron"));
		HttpResponse<String> english = new Http(this.port).withHeader("Accept-Language", "en-US").get("/offline");
		assertThat(english.body()).contains("No connection").contains("They were not sent").contains("tel:911");
	}

}
