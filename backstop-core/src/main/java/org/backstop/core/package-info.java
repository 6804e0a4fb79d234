/**
 * The public face of the Backstop core: {@link org.backstop.core.AssessmentEngine} takes
 * one assessment (the contract of {@link org.backstop.core.assessment}) and gives its
 * {@link org.backstop.core.AssessmentResult}: triage, severity, self-care plan and how
 * each "not sure" answer was read. Callers need nothing else to assess a person.
 */
package org.backstop.core;
