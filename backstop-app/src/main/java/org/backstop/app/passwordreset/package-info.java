/**
 * Password reset by email: a single-use link that expires, kept only as a SHA-256 hash,
 * asked for without telling whether an account exists.
 */
package org.backstop.app.passwordreset;
