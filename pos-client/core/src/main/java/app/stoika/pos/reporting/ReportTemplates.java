package app.stoika.pos.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The compiled report templates, each compiled once and then shared. Compiling a JRXML runs the JDK's compiler on the
 * report's expressions and takes seconds on a till, so the first receipt of the day must not pay for it: build one
 * ReportTemplates at start-up, call {@link #compileAll()} off the UI thread, and hand it to the renderers.
 * Thread-safe; a JasperReport is immutable and can fill many prints at once.
 */
public final class ReportTemplates {
    static final String RECEIPT = "receipt";
    static final String SHIFT_REPORT = "shift-report";
    private static final List<String> ALL = List.of(RECEIPT, SHIFT_REPORT);

    private final ConcurrentMap<String, JasperReport> compiled = new ConcurrentHashMap<>();
    private final AtomicInteger compilations = new AtomicInteger();

    /** Compiles every template now, so that later renders only fill. */
    public void compileAll() {
        ALL.forEach(this::report);
    }

    JasperReport report(String name) {
        // computeIfAbsent holds other callers of the same name until the first compilation is done: one compile each.
        return compiled.computeIfAbsent(name, this::compile);
    }

    /** How many compilations this instance has run; tests use it to see that renders reuse the compiled report. */
    int compilations() {
        return compilations.get();
    }

    private JasperReport compile(String name) {
        String resource = name + ".jrxml";
        try (InputStream jrxml = ReportTemplates.class.getResourceAsStream(resource)) {
            if (jrxml == null) {
                throw new IllegalStateException("Report template " + resource + " is missing from the build");
            }
            JasperReport report = JasperCompileManager.compileReport(jrxml);
            compilations.incrementAndGet();
            return report;
        } catch (JRException e) {
            throw new IllegalStateException("Report template " + resource + " does not compile", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
