package org.backstop.app.fhir;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.backstop.app.security.HealthDataScope;

/**
 * What a person agreed to share with whom, as a FHIR Consent needs it. Sharing fills
 * these in through a {@link ShareSource}.
 *
 * @param id the share's id
 * @param recipient who may see the data, such as a clinic's name
 * @param scope which parts of the record
 * @param start when the share began
 * @param end when it ends or ended, by its end date
 * @param revokedAt when the person revoked it, or {@code null}
 * @param policy the address of the rules the person agreed to, or {@code null} when none
 * is known (a Consent then fails validation, as it should)
 */
public record ShareTerms(UUID id, String recipient, Set<HealthDataScope> scope, Instant start, Instant end,
		Instant revokedAt, String policy) {

	/** Backstop's sharing rules, which every share is made under. */
	public static final String BACKSTOP_POLICY = "urn:backstop:policy:sharing:1";

	public ShareTerms {
		scope = Set.copyOf(scope);
	}

	/** When access stops or stopped: the end date, or the revocation when earlier. */
	public Instant accessEnds() {
		return (this.revokedAt != null && this.revokedAt.isBefore(this.end)) ? this.revokedAt : this.end;
	}

}
