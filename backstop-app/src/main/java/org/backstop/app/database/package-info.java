/**
 * The database as Backstop depends on it: whether it can take Backstop's writes right
 * now, reported to the readiness probe.
 */
package org.backstop.app.database;
