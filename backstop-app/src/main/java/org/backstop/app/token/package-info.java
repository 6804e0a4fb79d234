/**
 * Personal access tokens for API clients: created and revoked by the person, shown once,
 * kept only as a SHA-256 hash, scoped to read or write.
 */
package org.backstop.app.token;
