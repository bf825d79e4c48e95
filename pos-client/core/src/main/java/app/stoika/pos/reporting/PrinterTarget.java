package app.stoika.pos.reporting;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where receipts go, as the till's printer setting names it: a printer by its system name ("XP-80C"), or
 * "pdf:" and a folder ("pdf:/var/lib/stoika/receipts") for a café without a receipt printer, where each print
 * becomes a PDF file.
 */
public sealed interface PrinterTarget {
    String PDF_PREFIX = "pdf:";

    /** A printer the operating system knows (CUPS on Linux), by the name {@link ReceiptPrinter#availablePrinters()} lists. */
    record Printer(String name) implements PrinterTarget {
        public Printer {
            name = Printable.required("printer name", name);
        }
    }

    /** A folder that receives one PDF per print. */
    record PdfDirectory(Path directory) implements PrinterTarget {
        public PdfDirectory {
            Objects.requireNonNull(directory, "directory");
        }
    }

    /** Reads the setting; a blank one, or "pdf:" without a folder, is refused with a message for the user. */
    static PrinterTarget parse(String setting) {
        String value = Printable.optional(setting);
        if (value == null) {
            throw new PrintingException(PrintingException.Reason.NO_PRINTER, "", null);
        }
        if (value.regionMatches(true, 0, PDF_PREFIX, 0, PDF_PREFIX.length())) {
            String folder = value.substring(PDF_PREFIX.length()).strip();
            if (folder.isEmpty()) {
                throw new PrintingException(PrintingException.Reason.NO_PRINTER, value, null);
            }
            return new PdfDirectory(Path.of(folder));
        }
        return new Printer(value);
    }
}
