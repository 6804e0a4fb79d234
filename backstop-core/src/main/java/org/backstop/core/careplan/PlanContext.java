package org.backstop.core.careplan;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.severity.SeverityResult;
import org.backstop.core.triage.TriageResult;

/**
 * What the planner knows while it fits options to a person.
 *
 * @param person the assessment input
 * @param triage the triage result
 * @param severity the severity grade
 * @param oralNsaidSuitable whether any anti-inflammatory tablet is left after
 * contraindications
 */
record PlanContext(AssessmentInput person, TriageResult triage, SeverityResult severity, boolean oralNsaidSuitable) {
}
