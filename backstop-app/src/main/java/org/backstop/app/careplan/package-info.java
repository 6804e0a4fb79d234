/**
 * Self-care plans over HTTP ({@code POST /api/v1/plans}) and on the command line
 * ({@code backstop plan}).
 */
package org.backstop.app.careplan;
