package org.backstop.app.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import org.backstop.app.assessment.ClinicalTexts;
import org.backstop.app.audit.AuditAction;
import org.backstop.app.audit.AuditTrail;
import org.backstop.app.careplan.SharedPlan;
import org.backstop.app.diary.InsightsView;
import org.backstop.app.diary.SharedDiary;
import org.backstop.app.questionnaire.SharedQuestionnaires;
import org.backstop.app.security.SharedRead;
import org.backstop.app.summary.ClinicianSummary;
import org.backstop.app.summary.SummaryService;
import org.backstop.app.system.ProblemTexts;
import org.backstop.core.medicine.DoseWarning;
import org.backstop.core.medicine.MedicineStatus;
import org.backstop.core.problem.CodedText;
import org.backstop.core.progress.DatedScore;
import org.backstop.core.progress.Judgement;
import org.backstop.core.progress.Trend;

/**
 * The clinician summary as a PDF, in the reader's language: the same
 * {@link ClinicianSummary} the page shows, most urgent first, with the charts drawn on
 * the server. Its download is recorded in the person's audit trail.
 */
@Component
public class SummaryReport {

	/** What a download is recorded as in the person's trail. */
	public static final String RESOURCE = "summary_report";

	private static final float BODY = 10;

	private final SummaryService summaries;

	private final MessageSource messages;

	private final ProblemTexts problems;

	private final ClinicalTexts clinical;

	private final AuditTrail audit;

	SummaryReport(SummaryService summaries, MessageSource messages, ProblemTexts problems, ClinicalTexts clinical,
			AuditTrail audit) {
		this.summaries = summaries;
		this.messages = messages;
		this.problems = problems;
		this.clinical = clinical;
		this.audit = audit;
	}

	/**
	 * The summary the reader may see, as a PDF to download that nothing keeps on the way.
	 */
	public ResponseEntity<byte[]> download(SharedRead reader, Locale locale) {
		ClinicianSummary summary = this.summaries.summarize(reader);
		this.audit.record(reader, AuditAction.EXPORT, RESOURCE, null);
		byte[] pdf = render(summary, locale).pdf();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("backstop-summary.pdf").build().toString())
			.cacheControl(CacheControl.noStore())
			.header("X-Robots-Tag", "noindex, nofollow")
			.header("Referrer-Policy", "no-referrer")
			.body(pdf);
	}

	/**
	 * A rendered report and where its charts went.
	 *
	 * @param pdf the document
	 * @param charts each chart's page and place
	 * @param pages how many pages
	 */
	record Rendered(byte[] pdf, List<PdfFlow.Chart> charts, int pages) {
	}

	Rendered render(ClinicianSummary s, Locale locale) {
		String title = msg("summary.heading", locale) + ": " + s.personName();
		try (PdfFlow flow = new PdfFlow(title, "Backstop")) {
			new Writer(flow, s, locale).write();
			byte[] pdf = flow.finish((page, count) -> msg("summary.pdf.page", locale, page, count),
					msg("layout.disclaimer", locale));
			return new Rendered(pdf, flow.charts(), flow.pages());
		}
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/** One report being written. */
	private final class Writer {

		private final PdfFlow flow;

		private final ClinicianSummary s;

		private final Locale locale;

		private final DateTimeFormatter day;

		Writer(PdfFlow flow, ClinicianSummary s, Locale locale) {
			this.flow = flow;
			this.s = s;
			this.locale = locale;
			this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		}

		private String m(String key, Object... args) {
			return msg(key, this.locale, args);
		}

		private void text(String text) {
			this.flow.paragraph(text, this.flow.regular, BODY, PdfFlow.INK, 0);
		}

		private void muted(String text) {
			this.flow.paragraph(text, this.flow.regular, 8.5f, PdfFlow.MUTED, 0);
		}

		private void h2(String text) {
			this.flow.space(6);
			this.flow.heading(text, 13);
		}

		private void h3(String text) {
			this.flow.heading(text, 11);
		}

		private String number(double value) {
			return String.format(this.locale, "%.1f", value);
		}

		void write() {
			this.flow.heading("Backstop · " + m("summary.heading"), 18);
			this.flow.paragraph(this.s.personName(), this.flow.bold, 13, PdfFlow.INK, 0);
			this.flow.space(4);
			text(m("summary.pdf.generated", this.day.format(this.s.preparedAt().atZone(ZoneOffset.UTC).toLocalDate())));
			text(m("summary.scopes") + " "
					+ this.s.scopes()
						.stream()
						.sorted()
						.map((scope) -> m("sharing.scope." + scope.code()))
						.collect(Collectors.joining(", ")));
			this.flow.space(4);
			this.flow.paragraph(m("summary.notDiagnosis"), this.flow.bold, BODY, PdfFlow.INK, 0);
			this.flow.paragraph(m("layout.disclaimer"), this.flow.regular, BODY, PdfFlow.INK, 0);
			if (this.s.shows("assessments")) {
				assessments();
			}
			if (this.s.plan() != null) {
				plan(this.s.plan());
			}
			if (this.s.diary() != null) {
				diary(this.s.diary());
			}
			if (this.s.questionnaires() != null) {
				questionnaires(this.s.questionnaires());
			}
		}

		private void assessments() {
			h2(m("summary.latest"));
			ClinicianSummary.LatestAssessment l = this.s.latest();
			if (l == null) {
				text(m("summary.noAssessment"));
			}
			else {
				this.flow.paragraph(m("summary.triage") + ": " + m("assess.level." + l.triageLevel()), this.flow.bold,
						12, PdfFlow.INK, 0);
				text(this.day.format(l.at().atZone(ZoneOffset.UTC).toLocalDate()) + " · " + m("summary.severity") + ": "
						+ m("assess.severity." + l.severity()));
				h3(m("summary.redFlags"));
				if (l.warningSignAnswers().isEmpty()) {
					text(m("summary.noRedFlags"));
				}
				for (ClinicianSummary.Answer a : l.warningSignAnswers()) {
					this.flow.bullet("“" + m(a.messageKey()) + "”" + (a.notSure() ? " — " + m("summary.notSure") : ""),
							this.flow.regular, BODY);
				}
				h3(m("summary.reasons"));
				for (ClinicianSummary.Reason r : l.reasons()) {
					// The rule's text in the reader's language, found by its code alone.
					this.flow.bullet(SummaryReport.this.clinical.rule(r.asTriageReason(), this.locale),
							this.flow.regular, BODY);
					this.flow.paragraph(m("summary.pdf.source", r.source()), this.flow.regular, 8.5f, PdfFlow.MUTED,
							14);
				}
			}
			List<ClinicianSummary.AssessmentPoint> points = (this.s.assessments() != null) ? this.s.assessments()
					: List.of();
			if (!points.isEmpty()) {
				this.flow.space(6);
				String chartTitle = m("summary.severityTrend");
				this.flow.chart(chartTitle, LineChart.HEIGHT,
						new LineChart(chartTitle, m("diary.progress.pain"), 0, 10,
								points.stream()
									.map((p) -> new LineChart.Point(p.date().toString(), p.painIntensity()))
									.toList()));
				for (ClinicianSummary.AssessmentPoint p : points) {
					muted(p.date() + " · " + m("diary.progress.pain") + " " + p.painIntensity() + " · "
							+ m("summary.severity") + ": " + m("assess.severity." + p.severity()) + " · "
							+ m("summary.triage") + ": " + m("assess.level." + p.triageLevel()));
				}
			}
		}

		private void plan(SharedPlan.Headlines plan) {
			h2(m("summary.plan"));
			if (plan.from() == null) {
				text(m("summary.noPlan"));
				return;
			}
			muted(m("summary.planFrom") + " " + this.day.format(plan.fromDay()));
			if (plan.urgent() != null) {
				this.flow.paragraph(SummaryReport.this.clinical.text(plan.urgent(), this.locale), this.flow.bold, BODY,
						PdfFlow.INK, 0);
			}
			for (SharedPlan.Section section : plan.sections()) {
				String name = SummaryReport.this.messages.getMessage("plan.section." + section.id(), null,
						section.title(), this.locale);
				String items = section.items()
					.stream()
					.map((item) -> SummaryReport.this.clinical.text(item.title(), this.locale))
					.collect(Collectors.joining("; "));
				this.flow.bullet(name + ": " + items, this.flow.regular, BODY);
			}
		}

		private void diary(SharedDiary.Readout d) {
			if (!d.progress().painByDay().isEmpty()) {
				// The heading stays with its chart.
				this.flow.keep(LineChart.HEIGHT + 60);
			}
			h2(m("summary.diary"));
			Trend t = d.progress().trend();
			if (t != null && t.judgement() != Judgement.NOT_ENOUGH_YET) {
				text(m("diary.progress.judgement", t.first().value(), t.first().date(), t.latest().value(),
						t.latest().date(), m("diary.judgement." + t.judgement().name().toLowerCase(Locale.ROOT)),
						t.meaningfulChange()));
			}
			List<DatedScore> pain = d.progress().painByDay();
			if (!pain.isEmpty()) {
				this.flow.space(4);
				String chartTitle = m("diary.progress.tableCaption");
				this.flow.chart(chartTitle, LineChart.HEIGHT, new LineChart(chartTitle, m("diary.progress.pain"), 0, 10,
						pain.stream().map((p) -> new LineChart.Point(p.date().toString(), p.value())).toList()));
			}
			h3(m("summary.treatments"));
			if (d.insights().treatments().isEmpty()) {
				text(m("summary.noTreatments"));
			}
			for (InsightsView.Treatment treatment : d.insights().treatments()) {
				this.flow.bullet(coded(treatment.summary()), this.flow.regular, BODY);
			}
			List<InsightsView.Trigger> measured = d.insights()
				.triggers()
				.stream()
				.filter((trigger) -> "measured".equals(trigger.status()))
				.toList();
			if (!measured.isEmpty()) {
				h3(m("summary.triggers"));
				measured.forEach((trigger) -> this.flow.bullet(coded(trigger.summary()), this.flow.regular, BODY));
			}
			h3(m("summary.medicines"));
			if (d.doses() == null || d.doses().medicines().isEmpty()) {
				text(m("summary.noDoses"));
				return;
			}
			for (MedicineStatus status : d.doses().medicines()) {
				this.flow.bullet(
						m("assess.code.medicine." + status.medicine().code()) + ": " + m("summary.last24h") + " "
								+ status.usedMgLast24h() + " / " + status.dailyMaxMg() + " mg · "
								+ m("summary.daysOfUse") + " " + status.daysOfUse() + " / " + status.maxDays(),
						this.flow.regular, BODY);
				List<String> warnings = new ArrayList<>();
				status.because().forEach((reason) -> warnings.add(coded(reason)));
				for (DoseWarning warning : status.warnings()) {
					warnings.add(coded(warning.wording()) + ((warning.source() != null)
							? " (" + m("summary.pdf.source", warning.source()) + ")" : ""));
				}
				for (String warning : warnings) {
					this.flow.paragraph("! " + warning, this.flow.regular, 9, PdfFlow.INK, 14);
				}
			}
		}

		private String coded(CodedText text) {
			return SummaryReport.this.problems.text(text, this.locale);
		}

		private void questionnaires(List<SharedQuestionnaires.Scores> all) {
			this.flow.keep(60);
			h2(m("summary.questionnaires"));
			if (all.isEmpty()) {
				text(m("summary.noQuestionnaires"));
				return;
			}
			for (SharedQuestionnaires.Scores q : all) {
				Trend t = q.trend();
				String change = (t != null && t.change() != null) ? number(t.change()) : "—";
				Double mcidValue = (t != null && t.meaningfulChange() != null) ? t.meaningfulChange() : q.mcidPoints();
				String mcid = (mcidValue != null) ? number(mcidValue) : "—";
				String reading = (t != null) ? m("diary.judgement." + t.judgement().name().toLowerCase(Locale.ROOT))
						: "—";
				this.flow.bullet(
						q.name() + " — " + m("summary.latestScore") + ": " + number(q.latest().value()) + " ("
								+ q.latest().date() + ") · " + m("summary.change") + ": " + change + " · "
								+ m("summary.mcid") + ": " + mcid + " · " + m("summary.judgement") + ": " + reading,
						this.flow.regular, BODY);
			}
			for (SharedQuestionnaires.Scores q : all) {
				if (q.scores().size() < 2) {
					continue;
				}
				String chartTitle = m("summary.pdf.scoreChart", q.name());
				this.flow.space(6);
				this.flow.chart(chartTitle, LineChart.HEIGHT,
						new LineChart(chartTitle, m("summary.pdf.score"), q.min(), q.max(),
								q.scores()
									.stream()
									.map((score) -> new LineChart.Point(score.date().toString(), score.value()))
									.toList()));
			}
		}

	}

}
