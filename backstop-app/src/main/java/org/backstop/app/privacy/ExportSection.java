package org.backstop.app.privacy;

import java.util.UUID;

/**
 * One more part of the account export, named by its key in the document. A feature that
 * keeps data about a person adds a bean of this type, so the export never misses it.
 */
public interface ExportSection {

	/** The key of this part in the export document, such as {@code diary}. */
	String name();

	/** What this feature keeps about the account, ready to be written as JSON. */
	Object contentFor(UUID accountId);

}
