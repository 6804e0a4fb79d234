package org.backstop.app.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.backstop.app.careplan.SharedPlan;
import org.backstop.app.diary.SharedDiary;
import org.backstop.app.questionnaire.SharedQuestionnaires;
import org.backstop.app.security.HealthDataScope;
import org.backstop.core.triage.TriageReason;

/**
 * A shared record on one page: plain data, no wording but what the person typed or chose
 * (message keys name the answers), so each reader (page, PDF) words it in its language. A
 * section outside the share is {@code null}.
 *
 * @param ownerId whose record
 * @param personName their name, as their account gives it
 * @param preparedAt when it was put together
 * @param scopes the parts shared
 * @param latest the latest assessment, or {@code null}
 * @param assessments every assessment, oldest first, for the severity trend; empty
 * without any, {@code null} outside the share
 * @param diary the diary's progress, insights and dose check, or {@code null}
 * @param questionnaires the scores per instrument, or {@code null}
 * @param plan the headlines of the person's current self-care plan, or {@code null}
 */
public record ClinicianSummary(UUID ownerId, String personName, Instant preparedAt, Set<HealthDataScope> scopes,
		LatestAssessment latest, List<AssessmentPoint> assessments, SharedDiary.Readout diary,
		List<SharedQuestionnaires.Scores> questionnaires, SharedPlan.Headlines plan) {

	public boolean shows(String scope) {
		return HealthDataScope.ofCode(scope).filter(this.scopes::contains).isPresent();
	}

	/**
	 * The latest assessment.
	 *
	 * @param id its id
	 * @param at when it was made
	 * @param triageLevel the triage level it gave
	 * @param severity the severity grade it gave
	 * @param reasons every rule that fired, most urgent first
	 * @param warningSignAnswers every warning-sign answer the person gave, yes or not
	 * sure, in the words they were asked
	 */
	public record LatestAssessment(UUID id, Instant at, String triageLevel, String severity, List<Reason> reasons,
			List<Answer> warningSignAnswers) {
	}

	/**
	 * A triage rule that fired, as the result gave it.
	 *
	 * @param code its code
	 * @param level the level it calls for
	 * @param text its English text
	 * @param source its source
	 */
	public record Reason(String code, String level, String text, String source) {

		/** As the engine gave it, for its words in the reader's language. */
		public TriageReason asTriageReason() {
			return new TriageReason(this.code, null, this.text, this.source);
		}

	}

	/**
	 * An answer, named by the message key of the words the person chose.
	 *
	 * @param messageKey such as {@code assess.code.symptom.fever}
	 * @param notSure whether they answered "not sure"
	 */
	public record Answer(String messageKey, boolean notSure) {
	}

	/**
	 * One assessment in the severity trend.
	 *
	 * @param date the day, in UTC
	 * @param painIntensity the pain given, 0 to 10
	 * @param severity the severity grade
	 * @param triageLevel the triage level
	 */
	public record AssessmentPoint(LocalDate date, int painIntensity, String severity, String triageLevel) {
	}

}
