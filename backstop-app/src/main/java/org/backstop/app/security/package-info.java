/**
 * Who is calling and what they may do: browser sessions with CSRF protection, personal
 * access tokens for API clients, the sign-in throttle, and answers in problem+json when
 * access is refused.
 */
package org.backstop.app.security;
