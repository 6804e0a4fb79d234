package org.backstop.app.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A note staff wrote on a request.
 *
 * @param id its id
 * @param writtenAt when
 * @param author who wrote it (their display name or email), or {@code null} once their
 * account is gone
 * @param body what it says
 */
public record IntakeNote(UUID id, Instant writtenAt, String author, String body) {
}
