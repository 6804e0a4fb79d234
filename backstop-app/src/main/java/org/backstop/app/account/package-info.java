/**
 * Accounts: sign-up, the password rules, roles and the sign-in throttle. Passwords are
 * kept only as Argon2 hashes.
 */
package org.backstop.app.account;
