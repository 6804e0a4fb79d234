/**
 * Self-care plans over HTTP ({@code POST /api/v1/plans}), on the command line
 * ({@code backstop plan}) and as pages ({@code /plan}, its printable page, preferences
 * and pasted input).
 */
package org.backstop.app.careplan;
