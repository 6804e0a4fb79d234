/**
 * Red-flag triage: the rules, all in {@link org.backstop.core.triage.TriageRules}, that
 * turn an assessment into one of five levels with its reasons and sources.
 */
package org.backstop.core.triage;
