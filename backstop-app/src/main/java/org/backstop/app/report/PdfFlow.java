package org.backstop.app.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays text and charts down A4 pages from the top: text wraps at the margins and flows on
 * to the next page; a block kept together (a chart, a heading with its first line) moves
 * whole to the next page when it would not fit. At the end every page gets its footer
 * with "page N of M". Where each chart went is kept, so a test can check that none
 * straddles a page. Not thread-safe: one flow makes one document.
 */
final class PdfFlow implements AutoCloseable {

	static final PDRectangle PAGE = PDRectangle.A4;

	static final float MARGIN = 50;

	/** Room at the foot of each page for the footer. */
	static final float FOOTER = 40;

	static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

	static final Color INK = new Color(0x1a, 0x1a, 0x1a);

	static final Color MUTED = new Color(0x55, 0x55, 0x55);

	/** DejaVu Sans covers Spanish and far more; bundled with its licence. */
	private static final byte[] REGULAR = font("/fonts/DejaVuSans.ttf");

	private static final byte[] BOLD = font("/fonts/DejaVuSans-Bold.ttf");

	private final PDDocument document = new PDDocument();

	final PDFont regular;

	final PDFont bold;

	private final List<Chart> charts = new ArrayList<>();

	private PDPageContentStream content;

	/** Where the next line starts, from the foot of the page. */
	private float y;

	PdfFlow(String title, String author) {
		try {
			// Subsets: only the glyphs used go into the file.
			this.regular = PDType0Font.load(this.document, new java.io.ByteArrayInputStream(REGULAR), true);
			this.bold = PDType0Font.load(this.document, new java.io.ByteArrayInputStream(BOLD), true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		PDDocumentInformation info = this.document.getDocumentInformation();
		info.setTitle(title);
		info.setAuthor(author);
		info.setCreator("Backstop");
		newPage();
	}

	private static byte[] font(String path) {
		try (InputStream in = PdfFlow.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing font " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A chart as placed: its page (from 0) and its top and bottom, from the foot of the
	 * page.
	 */
	record Chart(String title, int page, float top, float bottom) {
	}

	List<Chart> charts() {
		return List.copyOf(this.charts);
	}

	int pages() {
		return this.document.getNumberOfPages();
	}

	/** The room left on this page above the footer. */
	float room() {
		return this.y - (MARGIN + FOOTER);
	}

	private void newPage() {
		closeContent();
		PDPage page = new PDPage(PAGE);
		this.document.addPage(page);
		try {
			this.content = new PDPageContentStream(this.document, page);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.y = PAGE.getHeight() - MARGIN;
	}

	private void closeContent() {
		if (this.content != null) {
			try {
				this.content.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.content = null;
		}
	}

	/** Starts a new page unless this much room is left on this one. */
	void keep(float height) {
		if (room() < height && this.y < PAGE.getHeight() - MARGIN) {
			newPage();
		}
	}

	void space(float points) {
		this.y -= points;
	}

	/** A heading, kept on a page with room for a few lines after it. */
	void heading(String text, float size) {
		keep(size * 1.4f + 3 * 14);
		space(size * 0.6f);
		paragraph(text, this.bold, size, INK, 0);
		space(2);
	}

	void paragraph(String text, PDFont font, float size, Color color, float indent) {
		for (String line : wrap(text, font, size, WIDTH - indent)) {
			keep(size * 1.35f);
			this.y -= size * 1.35f;
			write(line, font, size, color, MARGIN + indent, this.y + size * 0.3f);
		}
	}

	/** A bulleted paragraph, its lines hanging under the first. */
	void bullet(String text, PDFont font, float size) {
		List<String> lines = wrap(text, font, size, WIDTH - 14);
		// An item stays on one page when it can.
		float height = lines.size() * size * 1.35f;
		if (height < PAGE.getHeight() / 4) {
			keep(height);
		}
		for (int i = 0; i < lines.size(); i++) {
			keep(size * 1.35f);
			this.y -= size * 1.35f;
			if (i == 0) {
				write("•", font, size, INK, MARGIN + 2, this.y + size * 0.3f);
			}
			write(lines.get(i), font, size, INK, MARGIN + 14, this.y + size * 0.3f);
		}
	}

	/**
	 * A chart of this height, kept whole on one page: the painter gets the content, the
	 * left and the bottom of the box, and draws inside {@link #WIDTH} by {@code height}.
	 */
	void chart(String title, float height, Painter painter) {
		keep(height);
		if (room() < height) {
			// Taller than a page: never happens with the charts drawn here.
			throw new IllegalStateException("A chart taller than a page: " + title);
		}
		float top = this.y;
		float bottom = top - height;
		try {
			painter.paint(this, this.content, MARGIN, bottom);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.charts.add(new Chart(title, pages() - 1, top, bottom));
		this.y = bottom;
	}

	@FunctionalInterface
	interface Painter {

		void paint(PdfFlow flow, PDPageContentStream content, float left, float bottom) throws IOException;

	}

	/** One line of text at a place; characters the font lacks are shown as "?". */
	void write(String text, PDFont font, float size, Color color, float x, float baseline) {
		try {
			this.content.beginText();
			this.content.setNonStrokingColor(color);
			this.content.setFont(font, size);
			this.content.newLineAtOffset(x, baseline);
			this.content.showText(printable(text, font));
			this.content.endText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	float width(String text, PDFont font, float size) {
		try {
			return font.getStringWidth(printable(text, font)) / 1000 * size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text with controls as spaces and what the font cannot draw as "?". */
	static String printable(String text, PDFont font) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			if (Character.isISOControl(c)) {
				out.append(' ');
				return;
			}
			String one = new String(Character.toChars(c));
			try {
				font.encode(one);
				out.append(one);
			}
			catch (IOException | IllegalArgumentException ex) {
				out.append('?');
			}
		});
		return out.toString();
	}

	/** Breaks text into lines no wider than {@code max}, at spaces where it can. */
	List<String> wrap(String text, PDFont font, float size, float max) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\\R", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" +")) {
				String tried = line.isEmpty() ? word : line + " " + word;
				if (width(tried, font, size) <= max) {
					line.setLength(0);
					line.append(tried);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				// A word wider than the line is cut where it must be.
				String rest = word;
				while (width(rest, font, size) > max && rest.length() > 1) {
					int cut = rest.length() - 1;
					while (cut > 1 && width(rest.substring(0, cut), font, size) > max) {
						cut--;
					}
					lines.add(rest.substring(0, cut));
					rest = rest.substring(cut);
				}
				line.append(rest);
			}
			lines.add(line.toString());
		}
		return lines;
	}

	/**
	 * Ends the document: every page gets its footer, made by {@code footer} from the
	 * page's number and the count of pages.
	 */
	byte[] finish(BiFunction<Integer, Integer, String> pageOfPages, String disclaimer) {
		closeContent();
		int count = this.document.getNumberOfPages();
		try {
			for (int i = 0; i < count; i++) {
				PDPage page = this.document.getPage(i);
				try (PDPageContentStream foot = new PDPageContentStream(this.document, page,
						PDPageContentStream.AppendMode.APPEND, true, true)) {
					this.content = foot;
					foot.setStrokingColor(MUTED);
					foot.setLineWidth(0.5f);
					foot.moveTo(MARGIN, MARGIN + FOOTER - 12);
					foot.lineTo(PAGE.getWidth() - MARGIN, MARGIN + FOOTER - 12);
					foot.stroke();
					String number = pageOfPages.apply(i + 1, count);
					float numberWidth = width(number, this.regular, 8);
					List<String> lines = wrap(disclaimer, this.regular, 7, WIDTH - numberWidth - 20);
					float baseline = MARGIN + FOOTER - 22;
					for (String line : lines) {
						write(line, this.regular, 7, MUTED, MARGIN, baseline);
						baseline -= 9;
					}
					write(number, this.regular, 8, INK, PAGE.getWidth() - MARGIN - numberWidth, MARGIN + FOOTER - 22);
				}
				finally {
					this.content = null;
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			this.document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
