/**
 * What every feature shares: starting the server, and answering bad input with
 * {@code application/problem+json}.
 */
package org.backstop.app.system;
