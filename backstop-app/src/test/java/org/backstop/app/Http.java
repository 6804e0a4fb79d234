package org.backstop.app;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.backstop.core.assessment.AssessmentJson;

/**
 * A small real HTTP client for API tests. Plain, it sends no cookies; {@link #browser}
 * keeps cookies like a browser does; {@link #withToken} sends a bearer token.
 */
public final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final int port;

	private final HttpClient client;

	/** Name and value of each header sent, in order; a name may come more than once. */
	private final List<Map.Entry<String, String>> headers;

	public Http(int port) {
		this(port, CLIENT, List.of());
	}

	private Http(int port, HttpClient client, List<Map.Entry<String, String>> headers) {
		this.port = port;
		this.client = client;
		this.headers = headers;
	}

	/** A client that keeps the cookies the app sets, and sends them back. */
	public static Http browser(int port) {
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(10))
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.build();
		return new Http(port, client, List.of());
	}

	/**
	 * The same client, sending {@code Authorization: Bearer token} with every request.
	 */
	public Http withToken(String token) {
		return withHeader("Authorization", "Bearer " + token);
	}

	public Http withHeader(String name, String value) {
		List<Map.Entry<String, String>> more = new ArrayList<>(this.headers);
		more.removeIf((header) -> header.getKey().equalsIgnoreCase(name));
		more.add(Map.entry(name, value));
		return new Http(this.port, this.client, more);
	}

	/** The same client, sending this header besides any other of the same name. */
	public Http alsoWithHeader(String name, String value) {
		List<Map.Entry<String, String>> more = new ArrayList<>(this.headers);
		more.add(Map.entry(name, value));
		return new Http(this.port, this.client, more);
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

	/** A form post, as a browser sends it. */
	public HttpResponse<String> postForm(String path, Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append((body.length() == 0) ? "" : "&")
			.append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
			.append('=')
			.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
		return post(path, "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString(body.toString()));
	}

	public HttpResponse<String> putJson(String path, String body) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	/** A GET whose answer is kept as bytes, such as a PDF. */
	public HttpResponse<byte[]> getBytes(String path) {
		return sendForBytes(request(path).GET().build());
	}

	/** A form post, as a browser sends it, whose answer is kept as bytes. */
	public HttpResponse<byte[]> postFormForBytes(String path, String urlEncodedBody) {
		return sendForBytes(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(urlEncodedBody))
			.build());
	}

	private HttpResponse<byte[]> sendForBytes(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> delete(String path) {
		return send(request(path).DELETE().build());
	}

	/** A DELETE with a JSON body, as some deletions need a confirmation. */
	public HttpResponse<String> deleteJson(String path, String body) {
		return send(request(path).header("Content-Type", "application/json")
			.method("DELETE", HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Any request, bytes and headers exactly as given: a header named twice is sent
	 * twice, and the body need not be valid UTF-8.
	 */
	public HttpResponse<String> exchange(String method, String path, List<Map.Entry<String, String>> headers,
			byte[] body) {
		HttpRequest.Builder request = request(path).method(method,
				(body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach((header) -> request.header(header.getKey(), header.getValue()));
		return send(request.build());
	}

	public HttpResponse<String> method(String method, String path) {
		return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()).build());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30));
		this.headers.forEach((header) -> builder.header(header.getKey(), header.getValue()));
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Sends a request exactly as written and answers all that comes back, for what the
	 * JDK's client will not send, such as a forged {@code Host}.
	 */
	public static String raw(int port, String request) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
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
