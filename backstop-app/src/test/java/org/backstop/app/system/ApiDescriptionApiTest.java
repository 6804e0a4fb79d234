package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;

/** The published API description says where each request puts what it sends. */
@ApiTest
class ApiDescriptionApiTest {

	@LocalServerPort
	int port;

	@Test
	void aJsonBodyIsNeverDescribedAsAQueryParameter() {
		JsonNode paths = Http.json(new Http(this.port).get("/v3/api-docs")).get("paths");
		paths.properties().forEach((path) -> {
			for (String method : List.of("post", "put", "delete")) {
				JsonNode operation = path.getValue().get(method);
				if (operation != null && operation.has("parameters")) {
					operation.get("parameters")
						.forEach((parameter) -> assertThat(parameter.get("in").stringValue())
							.as(method + " " + path.getKey() + " " + parameter.get("name"))
							.isNotEqualTo("query"));
				}
			}
		});
	}

	@Test
	void idsInPathsAreDescribedAsUuids() {
		JsonNode paths = Http.json(new Http(this.port).get("/v3/api-docs")).get("paths");
		JsonNode id = paths.get("/api/v1/reminders/{id}").get("get").get("parameters").get(0);
		assertThat(id.get("name").stringValue()).isEqualTo("id");
		assertThat(id.at("/schema/format").stringValue()).isEqualTo("uuid");
	}

}
