/**
 * Administrators: the first one is made on the command line ({@code backstop admin
 * create}) or from configuration at first start, so a new installation never has an
 * account that anyone could claim.
 */
package org.backstop.app.admin;
