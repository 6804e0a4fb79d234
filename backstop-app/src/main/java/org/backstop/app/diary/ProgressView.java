package org.backstop.app.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.backstop.core.knowledge.Source;
import org.backstop.core.progress.Escalation;
import org.backstop.core.progress.Trend;

/**
 * Progress as the API shows it: the pain trend since self-care began and every
 * escalation, most urgent first, each with its level, reason code, plain words and
 * sources.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgressView(LocalDate today, LocalDate selfCareSince, boolean assessed, boolean assessNow,
		TrendView trend, List<EscalationView> escalations) {

	static ProgressView of(ProgressReport report) {
		Trend t = report.trend();
		TrendView trend = (t == null) ? null
				: new TrendView(t.instrument(), t.count(), t.first().date(), t.first().value(), t.latest().date(),
						t.latest().value(), t.change(), t.slopePerWeek(), t.meaningfulChange(),
						t.judgement().name().toLowerCase(Locale.ROOT), t.moreDaysNeeded(), t.summary());
		List<EscalationView> escalations = report.escalations()
			.stream()
			.map((e) -> new EscalationView(e.level().code(), e.reason(), e.triageRule(), e.text(),
					e.sources().stream().map(Source::citation).toList()))
			.toList();
		return new ProgressView(report.today(), report.selfCareSince(), report.assessed(), report.assessNow(), trend,
				escalations);
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record TrendView(String instrument, int days, LocalDate firstDate, double first, LocalDate latestDate,
			double latest, Double change, Double slopePerWeek, Double meaningfulChange, String judgement,
			int moreDaysNeeded, String summary) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record EscalationView(String level, String reason, String triageRule, String text, List<String> sources) {
	}

}
