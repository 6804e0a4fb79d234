package org.backstop.app.report;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A line chart drawn as vector graphics: a title, a value axis with gridlines, the points
 * joined in order, and the first and last labels under the axis. The numbers themselves
 * are in the text beside it, for whoever cannot read a chart.
 *
 * @param title what it shows
 * @param axisLabel what the values are
 * @param min the lowest value the axis shows
 * @param max the highest value the axis shows
 * @param points the points, in order
 */
record LineChart(String title, String axisLabel, double min, double max,
		List<Point> points) implements PdfFlow.Painter {

	static final float HEIGHT = 160;

	private static final Color LINE = new Color(0x1f, 0x5f, 0x99);

	private static final Color GRID = new Color(0xcc, 0xcc, 0xcc);

	LineChart {
		points = List.copyOf(points);
	}

	/**
	 * A point.
	 *
	 * @param label its label, such as a day
	 * @param value its value
	 */
	record Point(String label, double value) {
	}

	@Override
	public void paint(PdfFlow flow, PDPageContentStream content, float left, float bottom) throws IOException {
		float top = bottom + HEIGHT;
		flow.write(this.title, flow.bold, 10, PdfFlow.INK, left, top - 12);
		float plotLeft = left + 34;
		float plotRight = left + PdfFlow.WIDTH - 10;
		float plotTop = top - 28;
		float plotBottom = bottom + 26;
		double span = (this.max > this.min) ? this.max - this.min : 1;
		content.setLineWidth(0.5f);
		for (int i = 0; i <= 4; i++) {
			double value = this.min + span * i / 4;
			float y = (float) (plotBottom + (plotTop - plotBottom) * i / 4);
			content.setStrokingColor(GRID);
			content.moveTo(plotLeft, y);
			content.lineTo(plotRight, y);
			content.stroke();
			String label = (value == Math.rint(value)) ? String.valueOf((long) value) : String.format("%.1f", value);
			flow.write(label, flow.regular, 7, PdfFlow.MUTED, plotLeft - 6 - flow.width(label, flow.regular, 7),
					y - 2.5f);
		}
		content.setStrokingColor(PdfFlow.INK);
		content.moveTo(plotLeft, plotTop);
		content.lineTo(plotLeft, plotBottom);
		content.lineTo(plotRight, plotBottom);
		content.stroke();
		flow.write(this.axisLabel, flow.regular, 7, PdfFlow.MUTED, plotLeft, top - 24);
		int n = this.points.size();
		if (n == 0) {
			return;
		}
		float[] xs = new float[n];
		float[] ys = new float[n];
		for (int i = 0; i < n; i++) {
			xs[i] = (n == 1) ? (plotLeft + plotRight) / 2 : plotLeft + 8 + (plotRight - plotLeft - 16) * i / (n - 1);
			double clamped = Math.max(this.min, Math.min(this.max, this.points.get(i).value()));
			ys[i] = (float) (plotBottom + (plotTop - plotBottom) * (clamped - this.min) / span);
		}
		content.setStrokingColor(LINE);
		content.setNonStrokingColor(LINE);
		content.setLineWidth(1.5f);
		content.moveTo(xs[0], ys[0]);
		for (int i = 1; i < n; i++) {
			content.lineTo(xs[i], ys[i]);
		}
		content.stroke();
		for (int i = 0; i < n; i++) {
			content.addRect(xs[i] - 2, ys[i] - 2, 4, 4);
		}
		content.fill();
		String first = this.points.get(0).label();
		flow.write(first, flow.regular, 7, PdfFlow.MUTED, xs[0] - flow.width(first, flow.regular, 7) / 2,
				plotBottom - 12);
		if (n > 1) {
			String last = this.points.get(n - 1).label();
			flow.write(last, flow.regular, 7, PdfFlow.MUTED, xs[n - 1] - flow.width(last, flow.regular, 7) / 2,
					plotBottom - 12);
		}
	}

}
