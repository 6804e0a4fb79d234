/**
 * Assessments, one feature: the wizard of short steps at {@code /assess} that asks the
 * warning signs first (stopping at the first "yes", see {@code WarningSignResult}),
 * builds contract version 1 input and checks each step with the contract's reader, the
 * result page that shows what to do first ({@code /assess/result}), the API
 * ({@code POST /api/v1/assessments}), a signed-in person's stored history with its pages,
 * the last assessment of a browser ({@code LastAssessment}), and the command line
 * ({@code backstop assess}).
 */
package org.backstop.app.assessment;
