/**
 * Version 1 of the assessment contract: the input model, its strict reader and its JSON
 * reading and writing. It knows nothing of triage, severity or care plans, which all read
 * it; the engine that applies them is {@link org.backstop.core.AssessmentEngine}.
 */
package org.backstop.core.assessment;
