package org.usrok.fund.web.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a rendered document back with PDFBox, a PDF library independent of the one that wrote it:
 * its text (every run of white space, no-break spaces included, as one space, so a cell's wrapped
 * line reads as one), page count, and the fonts its pages use (name, embedded or not).
 */
record PdfText(String text, int pages, List<String> fonts, boolean allFontsEmbedded) {

    static PdfText read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            boolean embedded = true;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    embedded &= font.isEmbedded();
                }
            }
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            return new PdfText(text, document.getNumberOfPages(), fonts, embedded);
        }
    }
}
