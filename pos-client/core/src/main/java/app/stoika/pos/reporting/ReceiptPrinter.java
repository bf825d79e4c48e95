package app.stoika.pos.reporting;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.JRPrintServiceExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimplePrintServiceExporterConfiguration;

/**
 * Sends a rendered receipt or shift report to the till's printer, or, for a "pdf:" setting, saves it as
 * {@code <print name>-<yyyyMMdd-HHmmss>.pdf} (receipt-12-20261123-153000.pdf) in that folder. No dialog is ever
 * shown: a till prints with one tap. Failures are {@link PrintingException}s the cashier can act on. Blocking:
 * call it through the app's TaskExecutor, never on the UI thread.
 */
public final class ReceiptPrinter {
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Enough for the same receipt reprinted many times in one second; beyond it something is wrong. */
    private static final int MAX_SAME_NAME = 100;

    private final PrinterTarget target;
    private final Clock clock;

    /** @param clock its zone gives the local time in PDF file names */
    public ReceiptPrinter(PrinterTarget target, Clock clock) {
        this.target = Objects.requireNonNull(target, "target");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** From the till's printer setting, see {@link PrinterTarget#parse(String)}. */
    public static ReceiptPrinter forSetting(String setting, Clock clock) {
        return new ReceiptPrinter(PrinterTarget.parse(setting), clock);
    }

    public PrinterTarget target() { return target; }

    /** Prints; returns the PDF file written for a "pdf:" target, empty for a printer. */
    public Optional<Path> print(JasperPrint print) {
        Objects.requireNonNull(print, "print");
        if (target instanceof PrinterTarget.PdfDirectory pdf) {
            return Optional.of(writePdf(print, pdf.directory()));
        }
        printOn(((PrinterTarget.Printer) target).name(), print);
        return Optional.empty();
    }

    /** The printers the system knows, by name, for a settings screen; empty when there are none (or no CUPS). */
    public static List<String> availablePrinters() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).sorted()
                .toList();
    }

    private static void printOn(String printerName, JasperPrint print) {
        PrintService service = findPrinter(printerName)
                .orElseThrow(() -> new PrintingException(PrintingException.Reason.PRINTER_NOT_FOUND, printerName, null));
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(print.getName(), null));
        SimplePrintServiceExporterConfiguration configuration = new SimplePrintServiceExporterConfiguration();
        configuration.setPrintService(service);
        configuration.setPrintRequestAttributeSet(attributes);
        configuration.setDisplayPageDialog(false);
        configuration.setDisplayPrintDialog(false);
        JRPrintServiceExporter exporter = new JRPrintServiceExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException | RuntimeException e) {
            throw new PrintingException(PrintingException.Reason.PRINTER_FAILED, printerName, e);
        }
    }

    private static Optional<PrintService> findPrinter(String name) {
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
        Optional<PrintService> exact = Arrays.stream(services).filter(s -> s.getName().equals(name)).findFirst();
        return exact.isPresent() ? exact
                : Arrays.stream(services).filter(s -> s.getName().equalsIgnoreCase(name)).findFirst();
    }

    private Path writePdf(JasperPrint print, Path directory) {
        byte[] pdf = PdfExport.toPdf(print);
        String base = safeFileName(print.getName()) + "-" + FILE_TIME.format(clock.instant().atZone(clock.getZone()));
        try {
            Files.createDirectories(directory);
            for (int n = 1; n <= MAX_SAME_NAME; n++) {
                Path file = directory.resolve(n == 1 ? base + ".pdf" : base + "-" + n + ".pdf");
                try {
                    // CREATE_NEW: a reprint in the same second gets its own file instead of replacing the first.
                    Files.write(file, pdf, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    return file;
                } catch (FileAlreadyExistsException taken) {
                    // try the next suffix
                }
            }
            throw new IOException("More than " + MAX_SAME_NAME + " files named " + base + " in " + directory);
        } catch (IOException | SecurityException e) {
            throw new PrintingException(PrintingException.Reason.PDF_FOLDER_NOT_WRITABLE, directory.toString(), e);
        }
    }

    /** Print names are ours ("receipt-12"), but a file name must never leave the folder whatever it holds. */
    static String safeFileName(String name) {
        String safe = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^\\.+", "_");
        return safe.isEmpty() ? "print" : safe;
    }
}
