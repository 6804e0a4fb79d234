package org.backstop.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.backstop.core.assessment.AssessmentJson;

/** A small real HTTP client for API tests. */
public final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final int port;

	public Http(int port) {
		this.port = port;
	}

	public HttpResponse<String> postJson(String path, String body) {
		return post(path, "application/json", HttpRequest.BodyPublishers.ofString(body));
	}

	public HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body) {
		HttpRequest.Builder request = request(path).POST(body);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request.build());
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30));
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static JsonNode json(HttpResponse<String> response) {
		return AssessmentJson.mapper().readTree(response.body());
	}

	/** The {@code field} of every entry of a problem's {@code errors}. */
	public static List<String> errorFields(HttpResponse<String> response) {
		List<String> fields = new ArrayList<>();
		json(response).path("errors").forEach((error) -> fields.add(error.get("field").stringValue()));
		return fields;
	}

	public static String contentType(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").orElse("");
	}

}
