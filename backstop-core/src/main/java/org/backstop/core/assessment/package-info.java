/**
 * Version 1 of the assessment contract: the input model, its strict reader, and the
 * engine that grades and triages one assessment.
 */
package org.backstop.core.assessment;
