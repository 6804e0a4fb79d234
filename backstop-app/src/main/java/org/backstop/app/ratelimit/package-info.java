/**
 * Limits how often one client address may try to sign in, sign up, reset a password or
 * run an assessment without an account, and how often one account may run assessments, so
 * that guessing and flooding are slow.
 * <p>
 * The counts live in the database (table {@code rate_limit_count}), so every app node
 * behind a proxy enforces one limit and a restart forgets nothing. Each limited group and
 * client has one row: how many requests it sent in a window that starts at its first
 * request. Taking a request is, in the common case, a single
 * {@code UPDATE ... SET used = used + 1 WHERE ... AND window_ends > now AND used < limit}
 * in autocommit: the database locks the row for the statement and, on both PostgreSQL
 * (read committed re-checks the condition on the newest row) and H2, a concurrent
 * statement waits and then sees the new count, so no two nodes can both take the last
 * request. A window that has ended is restarted by a second conditional UPDATE, a first
 * request is an INSERT whose duplicate key (another node was first) simply retries. This
 * was chosen over Bucket4j's JDBC backends because those have no H2 flavour, the embedded
 * default, and over a transaction with {@code SELECT ... FOR UPDATE} because one
 * statement holds no lock between round trips. Windows are read from each node's clock,
 * so the nodes' clocks should agree (NTP) to within a small part of the shortest window.
 */
package org.backstop.app.ratelimit;
