package org.backstop.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.questionnaire.Instruments;
import org.backstop.core.testing.People;
import org.backstop.core.triage.TriageLevel;

/** What must hold for any last assessment and any symptoms logged after it. */
class EscalationProperties {

	private static final LocalDate ASSESSED = LocalDate.of(2026, 3, 2);

	private static TriageLevel mostUrgent(AssessmentInput last, List<LoggedSymptom> logged, int today) {
		Diary diary = new Diary(Instruments.NRS, List.of(), ASSESSED, last, ASSESSED, logged);
		List<Escalation> escalations = EscalationRules.review(diary, ASSESSED.plusDays(today)).value();
		return escalations.isEmpty() ? TriageLevel.SELF_CARE : escalations.get(0).level();
	}

	@Test
	void loggingOneMoreSymptomNeverLowersTheEscalation() {
		qt().withExamples(300)
			.forAll(People.anyInput(), lists().of(enumValues(Symptom.class)).ofSizeBetween(0, 3),
					enumValues(Symptom.class), range(0, 20))
			.checkAssert((last, symptoms, extra, today) -> {
				List<LoggedSymptom> logged = new ArrayList<>(
						symptoms.stream().map((s) -> LoggedSymptom.present(ASSESSED.plusDays(today), s)).toList());
				TriageLevel before = mostUrgent(last, logged, today);
				logged.add(LoggedSymptom.present(ASSESSED.plusDays(today), extra));
				TriageLevel after = mostUrgent(last, logged, today);
				assertThat(after.isMoreUrgentThan(before) || after == before)
					.as("%s, then %s: %s became %s", symptoms, extra, before, after)
					.isTrue();
			});
	}

}
