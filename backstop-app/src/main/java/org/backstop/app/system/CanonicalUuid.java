package org.backstop.app.system;

import java.beans.PropertyEditorSupport;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Ids in paths and parameters: only the canonical, lower-case form of a UUID is one.
 * {@code UUID.fromString} would also take {@code 1-1-1-1-1} or upper case, so one stored
 * thing would have many addresses. Every {@code UUID} parameter of a controller is read
 * this way; an id that is not one answers the same 404 as one not found
 * ({@link ErrorAnswers}).
 */
@ControllerAdvice
public final class CanonicalUuid {

	private static final Pattern CANONICAL = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	CanonicalUuid() {
	}

	/** The id, or nothing when the text is not a canonical UUID. */
	public static Optional<UUID> parse(String id) {
		return (id != null && CANONICAL.matcher(id).matches()) ? Optional.of(UUID.fromString(id)) : Optional.empty();
	}

	/**
	 * An editor, not a {@code Converter}: when a converter refuses, Spring falls back to
	 * its own lenient UUID editor, which would accept what was refused.
	 */
	@InitBinder
	void readUuidsCanonically(WebDataBinder binder) {
		binder.registerCustomEditor(UUID.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(parse(text).orElseThrow(() -> new IllegalArgumentException("not a canonical UUID")));
			}
		});
	}

}
