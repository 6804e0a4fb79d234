package org.backstop.app.diary;

import org.backstop.core.problem.CodedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.backstop.core.insight.DayCounts;

import org.backstop.core.insight.Interval;
import org.backstop.core.insight.TreatmentInsight;
import org.backstop.core.insight.TriggerInsight;

/**
 * The diary's insights as the API shows them: each with {@code status} {@code measured}
 * or {@code not_enough_data}, its interval and tests when measured, and its summary as a
 * message code, arguments and English text.
 */
public record InsightsView(int daysLogged, int spasmDays, List<Trigger> triggers, List<Treatment> treatments,
		List<CodedText> closeCalls) {

	static InsightsView of(DiaryInsights insights) {
		List<Trigger> triggers = insights.triggers().stream().map(InsightsView::trigger).toList();
		List<Treatment> treatments = new ArrayList<>();
		insights.treatments().ranked().forEach((m) -> treatments.add(treatment(m)));
		insights.treatments().notEnoughData().forEach((n) -> treatments.add(treatment(n)));
		return new InsightsView(insights.daysLogged(), insights.spasmDays(), triggers, treatments,
				insights.treatments().closeCalls());
	}

	private static Trigger trigger(TriggerInsight insight) {
		if (insight instanceof TriggerInsight.Measured m) {
			return new Trigger(m.factor(), m.lag().code(), "measured", m.counts(), m.riskRatio(), m.rateRatio(),
					m.pValue(), m.qValue(), m.support().name().toLowerCase(Locale.ROOT), null, m.summary());
		}
		TriggerInsight.NotEnoughData n = (TriggerInsight.NotEnoughData) insight;
		return new Trigger(n.factor(), n.lag().code(), "not_enough_data", n.counts(), null, null, null, null, null,
				n.daysMoreNeeded(), n.summary());
	}

	private static Treatment treatment(TreatmentInsight.Measured m) {
		return new Treatment(m.treatment(), "measured", m.uses(), m.relief(), m.pValue(), m.qValue(),
				m.support().name().toLowerCase(Locale.ROOT), null, m.summary());
	}

	private static Treatment treatment(TreatmentInsight.NotEnoughData n) {
		return new Treatment(n.treatment(), "not_enough_data", n.uses(), null, null, null, null, n.usesMoreNeeded(),
				n.summary());
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Trigger(String factor, String lag, String status, DayCounts counts, Interval riskRatio,
			Interval rateRatio, Double pValue, Double qValue, String support, Integer daysMoreNeeded,
			CodedText summary) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Treatment(String treatment, String status, int uses, Interval relief, Double pValue, Double qValue,
			String support, Integer usesMoreNeeded, CodedText summary) {
	}

}
