package app.stoika.pos.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report templates, each prepared once and then shared; a JasperReport is immutable and fills many prints at once.
 * <p>
 * The build precompiles each JRXML to a .jasper beside it ({@link ReportPrecompiler}), so a till loads it in
 * milliseconds and its runtime needs no Java compiler (a jlink'd runtime without jdk.compiler cannot compile
 * reports). Each .jasper records the SHA-256 of the JRXML it came from; when the JRXML differs (a template edited
 * and run from an IDE without the build step) or no .jasper exists, the JRXML is compiled here instead, which takes
 * seconds. Build one ReportTemplates at start-up, call {@link #prepareAll()} off the UI thread, and hand it to the
 * renderers.
 */
public final class ReportTemplates {
    static final String RECEIPT = "receipt";
    static final String SHIFT_REPORT = "shift-report";
    static final List<String> ALL = List.of(RECEIPT, SHIFT_REPORT);
    /** Report property holding the SHA-256 of the JRXML a compiled template was made from. */
    static final String SOURCE_HASH_PROPERTY = "app.stoika.reporting.source.sha256";
    private static final String FOLDER = ReportTemplates.class.getPackageName().replace('.', '/') + "/";
    private static final Logger log = LoggerFactory.getLogger(ReportTemplates.class);

    private final ClassLoader resources;
    private final ConcurrentMap<String, JasperReport> prepared = new ConcurrentHashMap<>();
    private final AtomicInteger compilations = new AtomicInteger();

    public ReportTemplates() {
        this(ReportTemplates.class.getClassLoader());
    }

    /** Templates read from another class loader: tests use it to present a changed JRXML. */
    ReportTemplates(ClassLoader resources) {
        this.resources = Objects.requireNonNull(resources, "resources");
    }

    /** Loads (or compiles) every template now, so that later renders only fill. */
    public void prepareAll() {
        ALL.forEach(this::report);
    }

    JasperReport report(String name) {
        // computeIfAbsent holds other callers of the same name until the first one is done: one preparation each.
        return prepared.computeIfAbsent(name, this::prepare);
    }

    /** How many templates this instance compiled from JRXML (0 when all precompiled ones were current). */
    int compilations() {
        return compilations.get();
    }

    private JasperReport prepare(String name) {
        byte[] jrxml = source(name);
        if (jrxml == null) {
            throw new IllegalStateException("Report template " + name + ".jrxml is missing from the build");
        }
        String hash = sha256(jrxml);
        byte[] jasper = read(name + ".jasper");
        if (jasper != null) {
            try {
                JasperReport report = (JasperReport) JRLoader.loadObject(new ByteArrayInputStream(jasper));
                if (hash.equals(report.getProperty(SOURCE_HASH_PROPERTY))) {
                    return report;
                }
                log.info("{}.jasper was compiled from another version of {}.jrxml; compiling the JRXML", name, name);
            } catch (JRException | RuntimeException e) {
                log.warn("{}.jasper cannot be loaded ({}); compiling the JRXML", name, e.toString());
            }
        }
        JasperReport report = compile(name, jrxml);
        compilations.incrementAndGet();
        return report;
    }

    /** Compiles a JRXML and stamps it with the JRXML's hash, so a loaded .jasper can be checked against its source. */
    static JasperReport compile(String name, byte[] jrxml) {
        try {
            JasperDesign design = JRXmlLoader.load(new ByteArrayInputStream(jrxml));
            design.setProperty(SOURCE_HASH_PROPERTY, sha256(jrxml));
            return JasperCompileManager.compileReport(design);
        } catch (JRException e) {
            throw new IllegalStateException("Report template " + name + ".jrxml does not compile", e);
        }
    }

    /** The JRXML's bytes, or null when the template is not on the class path. */
    byte[] source(String name) {
        return read(name + ".jrxml");
    }

    private byte[] read(String file) {
        try (InputStream in = resources.getResourceAsStream(FOLDER + file)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read report template " + file, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
