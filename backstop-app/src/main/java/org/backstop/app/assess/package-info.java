/**
 * The assessment pages: a wizard of short steps that builds contract version 1 input and
 * lets the core check it, and the result page that shows what to do first. The API,
 * stored history and {@code LastAssessment} live in {@code org.backstop.app.assessment}.
 */
package org.backstop.app.assess;
