package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;

/**
 * Links are written as the templates say, not passed through the static resource chain on
 * every request (see WebConfiguration), and the version-less webjar address they use is
 * served.
 */
@ApiTest
class PageLinksTest {

	@LocalServerPort
	int port;

	@Test
	void pagesLinkWebjarsWithoutTheirVersionAndThatAddressIsServed() {
		Http http = new Http(this.port);
		HttpResponse<String> page = http.get("/");
		assertThat(page.body()).contains("src=\"/webjars/htmx.org/dist/htmx.min.js\"", "href=\"/css/backstop.css\"");
		HttpResponse<String> script = http.get("/webjars/htmx.org/dist/htmx.min.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("javascript"));
	}

}
