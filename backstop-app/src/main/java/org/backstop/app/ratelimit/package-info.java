/**
 * Limits how often one client address may try to sign in, sign up, reset a password, send
 * the contact form, open a share link or run an assessment without an account, and how
 * often one account may run assessments, so that guessing and flooding are slow.
 * <p>
 * The counts live in the database (table {@code rate_limit_count}), so every app node
 * behind a proxy enforces one limit and a restart forgets nothing. Each limited group and
 * client has one row: how many requests it sent in a window that starts at its first
 * request. Taking a request is a short transaction whose common case is one statement,
 * {@code UPDATE ... SET used = used + 1 WHERE ... AND window_ends > now AND used < limit}:
 * the database locks the row, and a concurrent UPDATE from another node waits for the
 * lock and then re-checks the condition against the new count (PostgreSQL's read
 * committed does, and so does H2), so no two nodes can both take the last request. A
 * window that has ended is restarted by a second conditional UPDATE; a first request is
 * an INSERT, and when another node's INSERT or UPDATE got there first the whole try is
 * simply repeated. {@code ClientBucketsTest} races four counts on eight threads to check
 * this on both databases. On PostgreSQL the transaction does not wait for the disk at
 * commit ({@code synchronous_commit} off for it alone): a count lost in a crash costs
 * nothing, and the wait was most of the cost.
 * <p>
 * Chosen over Bucket4j's JDBC backends because those have no H2 flavour, the embedded
 * default, and over {@code SELECT ... FOR UPDATE} followed by an UPDATE because the
 * common case then needs one statement, not two. Windows are read from each node's clock,
 * so the nodes' clocks should agree (NTP) to within a small part of the shortest window.
 * <p>
 * When the database refuses a count, an assessment, plan or medicine check goes on
 * uncounted, since someone may need that answer at once; the other groups fail.
 */
package org.backstop.app.ratelimit;
