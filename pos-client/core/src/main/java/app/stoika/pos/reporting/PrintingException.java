package app.stoika.pos.reporting;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A receipt or report that could not be printed, with a sentence for the cashier saying what is wrong and what
 * to do. The sentences live in the reports bundle beside the printed labels (print.failure.*), so the printing
 * library is complete without the app's bundle; the app shows {@link #message(Locale)}.
 */
public final class PrintingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The setting is empty (or "pdf:" without a folder). */
        NO_PRINTER("no_printer"),
        /** No printer of that name is known to the system. */
        PRINTER_NOT_FOUND("printer_not_found"),
        /** The printer was found but the job failed. */
        PRINTER_FAILED("printer_failed"),
        /** The PDF folder cannot be created or written. */
        PDF_FOLDER_NOT_WRITABLE("pdf_folder_not_writable");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        String bundleKey() {
            return "print.failure." + key;
        }
    }

    private final Reason reason;
    private final String target;

    public PrintingException(Reason reason, String target, Throwable cause) {
        super(reason + ": " + target, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.target = Objects.requireNonNull(target, "target");
    }

    public Reason reason() { return reason; }

    /** The printer name or folder concerned, as configured. */
    public String target() { return target; }

    /** The sentence for the cashier in the given language, naming the printer or folder. */
    public String message(Locale locale) {
        ReportText text = new ReportText(locale);
        return new MessageFormat(text.get(reason.bundleKey()), locale).format(new Object[] {target});
    }
}
