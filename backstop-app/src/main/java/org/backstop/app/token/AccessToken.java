package org.backstop.app.token;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A personal access token as stored: never the token itself.
 *
 * @param id its id, for revoking it
 * @param accountId whose it is
 * @param name what the person called it
 * @param scope what it may do
 * @param createdAt when it was made
 * @param lastUsedAt when it was last used, or {@code null}
 * @param revokedAt when it was revoked, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessToken(UUID id, @JsonIgnore UUID accountId, String name, TokenScope scope, Instant createdAt,
		Instant lastUsedAt, Instant revokedAt) {
}
