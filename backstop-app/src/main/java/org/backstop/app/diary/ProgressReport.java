package org.backstop.app.diary;

import java.time.LocalDate;
import java.util.List;

import org.backstop.core.progress.DatedScore;
import org.backstop.core.progress.Escalation;
import org.backstop.core.progress.Trend;

/**
 * Whether a person is getting better, read from their diary's pain scores with the
 * escalation rules of the clinical reference.
 *
 * @param today the person's today
 * @param trend the pain trend since self-care began, or {@code null} with fewer than two
 * days of pain logged
 * @param escalations what the diary calls for, most urgent first; empty when self-care
 * may go on
 * @param assessed whether there is an assessment to read the diary with; without one the
 * escalation rules cannot run, and the person is asked to answer the questions
 * @param warningSignLogged whether a warning sign (or a "not sure" one) was logged since
 * the last assessment, or at all when there is none
 * @param selfCareSince the day self-care is counted from
 * @param painByDay the mean pain of each day logged in the last year, oldest first, for
 * the page's table and chart
 */
public record ProgressReport(LocalDate today, Trend trend, List<Escalation> escalations, boolean assessed,
		boolean warningSignLogged, LocalDate selfCareSince, List<DatedScore> painByDay) {

	public ProgressReport {
		painByDay = List.copyOf(painByDay);
	}

	/**
	 * Whether the person should answer the questions now: a warning sign was logged and
	 * there is no assessment to triage it with.
	 */
	boolean assessNow() {
		return !this.assessed && this.warningSignLogged;
	}

}
