/**
 * Who is calling and what they may do: browser sessions with CSRF protection (written
 * when they change, not on every view, and kept in memory while the database refuses
 * them: {@code SparingSessions}), personal access tokens for API clients, the sign-in
 * throttle, and answers in problem+json when access is refused. Also the secrets that
 * stand in for a password in a URL or header (tokens, calendar feed addresses, reset
 * links), of which only a hash is stored.
 */
package org.backstop.app.security;
