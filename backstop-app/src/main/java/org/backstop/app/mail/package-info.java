/**
 * The mail outbox: every message Backstop sends is kept in the database, and also sent by
 * SMTP when a server is set. An administrator can read the outbox when none is.
 */
package org.backstop.app.mail;
