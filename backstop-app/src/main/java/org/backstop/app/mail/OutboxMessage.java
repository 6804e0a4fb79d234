package org.backstop.app.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * One message as kept in the outbox.
 *
 * @param id its id
 * @param recipient the address it is for
 * @param subject its subject
 * @param body its plain-text body
 * @param createdAt when Backstop wrote it
 * @param sentAt when an SMTP server took it, or {@code null} while it has not
 */
public record OutboxMessage(UUID id, String recipient, String subject, String body, Instant createdAt, Instant sentAt) {
}
