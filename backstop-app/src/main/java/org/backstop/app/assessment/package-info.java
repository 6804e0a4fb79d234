/**
 * Assessments over HTTP ({@code POST /api/v1/assessments}) and on the command line
 * ({@code backstop assess}).
 */
package org.backstop.app.assessment;
