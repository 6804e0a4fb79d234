/**
 * The database as Backstop depends on it: whether it can take Backstop's writes right
 * now, reported to the readiness probe, and instants written and read in UTC so that H2
 * and PostgreSQL keep the same moment ({@link org.backstop.app.database.SqlTime}).
 */
package org.backstop.app.database;
