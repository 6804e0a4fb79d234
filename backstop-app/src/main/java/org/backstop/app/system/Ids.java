package org.backstop.app.system;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Ids in paths: only the canonical form of a UUID is one; anything else finds nothing.
 */
public final class Ids {

	private static final Pattern CANONICAL = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private Ids() {
	}

	public static Optional<UUID> parse(String id) {
		return (id != null && CANONICAL.matcher(id).matches()) ? Optional.of(UUID.fromString(id)) : Optional.empty();
	}

}
