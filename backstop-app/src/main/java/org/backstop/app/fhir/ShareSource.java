package org.backstop.app.fhir;

import java.util.List;
import java.util.UUID;

/**
 * Where the export finds a person's shares: each becomes a Consent in their bundle. The
 * sharing feature adds a bean of this type; until it does, a bundle has no Consent.
 */
public interface ShareSource {

	/** Every share the person made, current or not, oldest first. */
	List<ShareTerms> sharesOf(UUID ownerId);

}
