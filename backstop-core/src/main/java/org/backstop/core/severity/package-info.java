/**
 * Severity grading (minor, moderate, severe) of a back spasm from pain, mobility and
 * spasm frequency, with the cut points stated.
 */
package org.backstop.core.severity;
