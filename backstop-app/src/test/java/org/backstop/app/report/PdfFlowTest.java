package org.backstop.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The layout of the report: text flows on to the next page, a chart that would not fit
 * moves whole to the next page, every page is numbered, and Spanish and characters the
 * font lacks come out as text.
 */
class PdfFlowTest {

	private static final LineChart CHART = new LineChart("Pain by day", "Pain", 0, 10,
			List.of(new LineChart.Point("2026-12-01", 7), new LineChart.Point("2026-12-02", 4)));

	@Test
	void aChartThatWouldNotFitMovesWholeToTheNextPageAndNoneStraddlesOne() throws IOException {
		byte[] pdf;
		List<PdfFlow.Chart> charts;
		try (PdfFlow flow = new PdfFlow("Test", "Backstop")) {
			// Fill the page until less room is left than a chart needs, but some is.
			int lines = 0;
			while (flow.room() > LineChart.HEIGHT - 20) {
				flow.paragraph("Line " + lines++ + " of the first page, with ñ, á and ¿?", flow.regular, 10,
						PdfFlow.INK, 0);
			}
			assertThat(flow.room()).isPositive();
			flow.chart("Pain by day", LineChart.HEIGHT, CHART);
			for (int i = 0; i < 120; i++) {
				flow.paragraph("More text " + i, flow.regular, 10, PdfFlow.INK, 0);
				if (i % 17 == 0) {
					flow.chart("Chart " + i, LineChart.HEIGHT, CHART);
				}
			}
			charts = flow.charts();
			pdf = flow.finish((page, count) -> "Page " + page + " of " + count, "Backstop does not diagnose.");
		}
		assertThat(charts.get(0).page()).as("moved to the second page").isEqualTo(1);
		assertThat(charts.get(0).top()).isEqualTo(PdfFlow.PAGE.getHeight() - PdfFlow.MARGIN);
		assertThat(charts).hasSize(9);
		for (PdfFlow.Chart chart : charts) {
			assertThat(chart.top()).as(chart.title()).isLessThanOrEqualTo(PdfFlow.PAGE.getHeight() - PdfFlow.MARGIN);
			assertThat(chart.bottom()).as(chart.title()).isGreaterThanOrEqualTo(PdfFlow.MARGIN + PdfFlow.FOOTER);
			assertThat(chart.top() - chart.bottom()).isEqualTo(LineChart.HEIGHT);
		}
		try (PDDocument read = Loader.loadPDF(pdf)) {
			int count = read.getNumberOfPages();
			assertThat(count).isGreaterThan(3);
			PDFTextStripper stripper = new PDFTextStripper();
			for (int i = 1; i <= count; i++) {
				stripper.setStartPage(i);
				stripper.setEndPage(i);
				String text = stripper.getText(read);
				assertThat(text).contains("Page " + i + " of " + count, "Backstop does not diagnose.");
			}
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			assertThat(stripper.getText(read)).contains("with ñ, á and ¿?").doesNotContain("Pain by day");
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			assertThat(stripper.getText(read)).contains("Pain by day", "2026-12-02");
		}
	}

	@Test
	void longWordsAreCutAndWhatTheFontLacksIsAQuestionMark() {
		try (PdfFlow flow = new PdfFlow("Test", "Backstop")) {
			List<String> lines = flow.wrap("x".repeat(300) + " tail", flow.regular, 10, PdfFlow.WIDTH);
			assertThat(lines).hasSizeGreaterThan(1)
				.allSatisfy(
						(line) -> assertThat(flow.width(line, flow.regular, 10)).isLessThanOrEqualTo(PdfFlow.WIDTH));
			assertThat(String.join("", lines)).isEqualTo("x".repeat(300) + " tail");
			assertThat(PdfFlow.printable("Señora 山田\tañ", flow.regular)).isEqualTo("Señora ?? añ");
		}
	}

}
