package org.backstop.core.progress;

import java.time.LocalDate;
import java.util.List;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.questionnaire.Instrument;

/**
 * What the escalation rules read from a person's diary.
 *
 * @param instrument the instrument whose scores show progress (such as the pain NRS or
 * the PEG)
 * @param scores its scores, in any order
 * @param selfCareSince the day self-care began
 * @param lastAssessment the person's last assessment, as given
 * @param lastAssessedOn the day of that assessment
 * @param loggedSymptoms symptoms logged in the diary, in any order
 */
public record Diary(Instrument instrument, List<DatedScore> scores, LocalDate selfCareSince,
		AssessmentInput lastAssessment, LocalDate lastAssessedOn, List<LoggedSymptom> loggedSymptoms) {

}
