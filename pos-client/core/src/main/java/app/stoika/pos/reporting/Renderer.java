package app.stoika.pos.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Fills one template with one input record: the subclass turns the record into parameters and rows of preformatted
 * text, this class adds the language (REPORT_RESOURCE_BUNDLE, REPORT_LOCALE) and exports. Thread-safe.
 */
public abstract sealed class Renderer<T> permits ReceiptRenderer, ShiftReportRenderer {
    private final ReportTemplates templates;
    private final String template;

    Renderer(ReportTemplates templates, String template) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.template = template;
    }

    /** The filled report, ready to print or export; its name ("receipt-12") names the print job and the file. */
    public JasperPrint render(T data, Locale locale) {
        Objects.requireNonNull(data, "data");
        ReportText text = new ReportText(locale);
        Map<String, Object> parameters = parameters(data, text);
        parameters.put(JRParameter.REPORT_LOCALE, text.locale());
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, text.bundle());
        try {
            JasperPrint print = JasperFillManager.fillReport(templates.report(template), parameters, rows(data, text));
            print.setName(printName(data));
            return print;
        } catch (JRException e) {
            throw new IllegalStateException("Could not fill " + template + " for " + printName(data), e);
        }
    }

    public byte[] pdf(T data, Locale locale) {
        return PdfExport.toPdf(render(data, locale));
    }

    public void writePdf(T data, Locale locale, Path file) {
        byte[] pdf = pdf(data, locale);
        try {
            Files.write(file, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    abstract String printName(T data);

    /** A mutable map: the caller adds the language parameters to it. */
    abstract Map<String, Object> parameters(T data, ReportText text);

    abstract JRDataSource rows(T data, ReportText text);
}
