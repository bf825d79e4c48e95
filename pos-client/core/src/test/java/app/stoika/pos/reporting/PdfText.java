package app.stoika.pos.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** What a person would read in a PDF: its text extracted page by page, with no-break spaces as plain spaces. */
final class PdfText {
    private PdfText() {
    }

    static String of(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                StringBuilder text = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(extractor.getTextFromPage(page)).append('\n');
                }
                // Russian number formats group digits with U+00A0 (or U+202F), which the extractor returns beside a
                // positional space; a reader sees one space.
                return text.toString().replaceAll("[ \u00A0\u202F]+", " ");
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                return reader.getNumberOfPages();
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first line containing the label: a label and its amount print on one line. */
    static String lineWith(String text, String label) {
        return text.lines().filter(l -> l.contains(label)).findFirst().orElse("<no line with " + label + ">");
    }
}
