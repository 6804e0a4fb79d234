/**
 * Limits how often one client address may try to sign in, sign up, reset a password, send
 * the contact form or run an assessment without an account, and how often one account may
 * run assessments, so that guessing and flooding are slow. The counts live in this app
 * node's memory.
 */
package org.backstop.app.ratelimit;
