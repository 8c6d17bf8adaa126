package org.usrok.fund.web.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The one layout of the fund's documents, so every document looks the same and none copies
 * another's code: A4 pages with the fund's name and the document's title at the top of each page,
 * a footer with the document's reference, when it was generated and the page number; headings,
 * label/value blocks, tables with amounts right-aligned, and paragraphs. Text is set in Nanum
 * Gothic (Latin and Hangul), embedded as a subset of the glyphs the document uses, so a reader needs
 * no Korean font installed.
 */
final class DocumentLayout {

    private static final String FONTS = "/org/usrok/fund/web/document/fonts/";
    private static final BaseFont REGULAR = font("NanumGothic.ttf");
    private static final BaseFont BOLD = font("NanumGothicBold.ttf");
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x6b, 0x72, 0x80);
    private static final Color RULE = new Color(0xd1, 0xd5, 0xdb);
    private static final Color HEAD = new Color(0xe8, 0xee, 0xf6);

    private static final Font TITLE = new Font(BOLD, 18, Font.NORMAL, INK);
    private static final Font HEADING = new Font(BOLD, 12, Font.NORMAL, INK);
    private static final Font BODY = new Font(REGULAR, 9.5f, Font.NORMAL, INK);
    private static final Font STRONG = new Font(BOLD, 9.5f, Font.NORMAL, INK);
    private static final Font CELL = new Font(REGULAR, 8.5f, Font.NORMAL, INK);
    private static final Font CELL_STRONG = new Font(BOLD, 8.5f, Font.NORMAL, INK);
    private static final Font SMALL = new Font(REGULAR, 8, Font.NORMAL, MUTED);

    private final DocumentText text;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 48, 48, 84, 64);

    /**
     * Opens a document: {@code title} heads the first page and every page's header;
     * {@code reference} (e.g. "Award letter, scenario 51") goes in every footer.
     */
    DocumentLayout(DocumentText text, String title, String reference, Instant generatedAt) {
        this.text = text;
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageFrame(text.label("document.fund"), title,
                text.label("document.footer", reference, text.instant(generatedAt))));
        document.addTitle(title);
        document.addSubject(reference);
        document.addCreator(text.label("document.fund"));
        document.open();
        Paragraph heading = new Paragraph(title, TITLE);
        heading.setSpacingAfter(10);
        document.add(heading);
    }

    DocumentText text() {
        return text;
    }

    void heading(String heading) {
        Paragraph p = new Paragraph(heading, HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        document.add(p);
    }

    void paragraph(String paragraph) {
        Paragraph p = new Paragraph(paragraph, BODY);
        p.setLeading(13);
        p.setSpacingAfter(6);
        document.add(p);
    }

    void note(String note) {
        Paragraph p = new Paragraph(note, SMALL);
        p.setSpacingBefore(4);
        document.add(p);
    }

    /** Label/value pairs in two columns, labels in bold: {@code facts("Round", name, "Method", method)}. */
    void facts(String... labelsAndValues) {
        PdfPTable table = new PdfPTable(new float[] {1.1f, 3.5f});
        table.setWidthPercentage(100);
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            table.addCell(cell(labelsAndValues[i], STRONG, Element.ALIGN_LEFT, null, false));
            table.addCell(cell(labelsAndValues[i + 1], BODY, Element.ALIGN_LEFT, null, false));
        }
        table.setSpacingAfter(6);
        document.add(table);
    }

    /** A table with these column headers; {@code amounts[i]} right-aligns column i (amounts, counts). */
    Table table(float[] widths, boolean[] amounts, String... headers) {
        return new Table(widths, amounts, headers);
    }

    /** Closes the document and returns its bytes. */
    byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    /** A table being filled row by row; {@link #add()} puts it on the page. */
    final class Table {

        private final PdfPTable table;
        private final boolean[] amounts;

        private Table(float[] widths, boolean[] amounts, String... headers) {
            this.amounts = amounts.clone();
            table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (int i = 0; i < headers.length; i++) {
                table.addCell(cell(headers[i], CELL_STRONG, align(i), HEAD, true));
            }
        }

        Table row(String... cells) {
            for (int i = 0; i < cells.length; i++) {
                table.addCell(cell(cells[i], CELL, align(i), null, true));
            }
            return this;
        }

        /** A row in bold, for totals. */
        Table total(String... cells) {
            for (int i = 0; i < cells.length; i++) {
                table.addCell(cell(cells[i], CELL_STRONG, align(i), null, true));
            }
            return this;
        }

        void add() {
            table.setSpacingAfter(8);
            document.add(table);
        }

        private int align(int column) {
            return column < amounts.length && amounts[column] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
        }
    }

    private static PdfPCell cell(String content, Font font, int alignment, Color background, boolean ruled) {
        PdfPCell cell = new PdfPCell(new Phrase(content == null ? "" : content, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        cell.setBorder(ruled ? Rectangle.BOTTOM : Rectangle.NO_BORDER);
        cell.setBorderColor(RULE);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    /** Every page's header (fund, document title) and footer (reference, generated, page number). */
    private static final class PageFrame extends PdfPageEventHelper {

        private final String fund;
        private final String title;
        private final String footer;

        private PageFrame(String fund, String title, String footer) {
            this.fund = fund;
            this.title = title;
            this.footer = footer;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float left = document.leftMargin();
            float right = page.getWidth() - document.rightMargin();
            float top = page.getHeight() - 40;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(fund, SMALL), left, top, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(title, SMALL), right, top, 0);
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(left, top - 6);
            canvas.lineTo(right, top - 6);
            canvas.moveTo(left, 46);
            canvas.lineTo(right, 46);
            canvas.stroke();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(footer, SMALL), left, 34, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase(String.valueOf(writer.getPageNumber()), SMALL), right, 34, 0);
        }
    }

    private static BaseFont font(String file) {
        try (InputStream in = DocumentLayout.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException(FONTS + file + " is missing: the build unpacks it (fund-web/pom.xml)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
