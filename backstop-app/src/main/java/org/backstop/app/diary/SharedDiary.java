package org.backstop.app.diary;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.backstop.app.assessment.AssessmentHistory;
import org.backstop.app.audit.AuditAction;
import org.backstop.app.audit.AuditTrail;
import org.backstop.app.security.HealthDataScope;
import org.backstop.app.security.SharedRead;
import org.backstop.core.medicine.MedicineCheckResult;

/**
 * The diary of a person who shared it, read by the same services as the person's own
 * pages: progress, insights and the dose check. Each read is recorded in the person's
 * audit trail under the reader's name.
 */
@Service
public class SharedDiary {

	private final Diaries diaries;

	private final AuditTrail audit;

	SharedDiary(Diaries diaries, AuditTrail audit) {
		this.diaries = diaries;
		this.audit = audit;
	}

	/**
	 * What the diary shows a reader; empty when the share does not cover the diary.
	 * @param latest the person's latest assessment, when the share covers it too: the
	 * escalation rules and the dose check read the diary with it
	 */
	@Transactional
	public Optional<Readout> read(SharedRead reader, Optional<AssessmentHistory.Latest> latest) {
		if (!reader.mayRead(HealthDataScope.DIARY)) {
			return Optional.empty();
		}
		ProgressReport progress = this.diaries.progressOf(reader.ownerId(), true, latest);
		this.audit.record(reader, AuditAction.READ, Diaries.PROGRESS, null);
		InsightsView insights = InsightsView.of(this.diaries.insightsOf(reader.ownerId()));
		this.audit.record(reader, AuditAction.READ, Diaries.INSIGHTS, null);
		Optional<MedicineCheckResult> doses = this.diaries.dosesOf(reader.ownerId(), latest);
		doses.ifPresent((d) -> this.audit.record(reader, AuditAction.READ, Diaries.DOSES, null));
		return Optional.of(new Readout(progress, insights, doses.orElse(null)));
	}

	/**
	 * The diary as a share shows it.
	 *
	 * @param progress the pain by day, its trend and what it calls for
	 * @param insights the triggers and treatments the diary points to
	 * @param doses the dose check of the medicines logged, or {@code null} without an
	 * assessment to check them for
	 */
	public record Readout(ProgressReport progress, InsightsView insights, MedicineCheckResult doses) {
	}

}
