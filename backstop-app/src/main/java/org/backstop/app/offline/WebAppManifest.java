package org.backstop.app.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /manifest.webmanifest}: the web app manifest in the page's language. The
 * pages link it with their language ({@code ?lang=es}), because a browser fetches a
 * manifest without the language cookie; without it, {@code Accept-Language} decides. Only
 * the words change: the same {@code id}, start address and icons in every language, so
 * that it is one app whichever language it was added in.
 */
@RestController
class WebAppManifest {

	static final MediaType MANIFEST = new MediaType("application", "manifest+json", StandardCharsets.UTF_8);

	/** Everything but the words, read once. */
	private final ObjectNode base;

	private final MessageSource messages;

	WebAppManifest(MessageSource messages) {
		this.messages = messages;
		try (InputStream in = new ClassPathResource("offline/manifest.webmanifest").getInputStream()) {
			this.base = (ObjectNode) JsonMapper.shared().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read offline/manifest.webmanifest", ex);
		}
	}

	@GetMapping("/manifest.webmanifest")
	ResponseEntity<byte[]> manifest(Locale locale) {
		ObjectNode manifest = this.base.deepCopy();
		String language = "es".equals(locale.getLanguage()) ? "es" : "en";
		manifest.put("name", this.messages.getMessage("manifest.name", null, locale));
		manifest.put("short_name", this.messages.getMessage("manifest.shortName", null, locale));
		manifest.put("description", this.messages.getMessage("manifest.description", null, locale));
		manifest.put("lang", language);
		manifest.put("dir", "ltr");
		return ResponseEntity.ok()
			.contentType(MANIFEST)
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.CONTENT_LANGUAGE, language)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(JsonMapper.shared().writeValueAsString(manifest).getBytes(StandardCharsets.UTF_8));
	}

}
