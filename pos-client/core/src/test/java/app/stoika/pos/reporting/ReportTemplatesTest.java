package app.stoika.pos.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import net.sf.jasperreports.engine.JasperReport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates are prepared once per ReportTemplates: the build's precompiled .jasper when it matches its JRXML,
 * otherwise the JRXML compiled at run time (seconds on a till), and never again for the next receipt.
 */
class ReportTemplatesTest {
    private static final String FOLDER = "app/stoika/pos/reporting/";

    @TempDir
    Path classes;

    @Test
    void theBuildPrecompiledEveryTemplateAndTheyAreUsed() {
        for (String name : ReportTemplates.ALL) {
            assertThat(ReportTemplates.class.getResource(name + ".jasper")).as(name + ".jasper in the build output").isNotNull();
        }
        ReportTemplates templates = new ReportTemplates();
        templates.prepareAll();

        assertThat(templates.compilations()).as("nothing compiled at run time").isZero();
    }

    @Test
    void rendersReuseThePreparedTemplate() {
        ReportTemplates templates = new ReportTemplates();
        ReceiptRenderer renderer = new ReceiptRenderer(templates);
        renderer.render(Samples.receipt(false), Samples.RUSSIAN);
        JasperReport first = templates.report(ReportTemplates.RECEIPT);

        renderer.render(Samples.receipt(true), Samples.RUSSIAN);
        new ReceiptRenderer(templates).render(Samples.longReceipt(3), Samples.RUSSIAN);

        assertThat(templates.report(ReportTemplates.RECEIPT)).isSameAs(first);
    }

    @Test
    void withoutAPrecompiledTemplateTheJrxmlIsCompiledOnceAndCached() throws IOException {
        copyToClasses(ReportTemplates.RECEIPT + ".jrxml", "");
        try (URLClassLoader loader = classLoaderOf(classes)) {
            ReportTemplates templates = new ReportTemplates(loader);
            ReceiptRenderer renderer = new ReceiptRenderer(templates);

            String text = PdfText.of(renderer.pdf(Samples.receipt(false), Samples.RUSSIAN));
            JasperReport first = templates.report(ReportTemplates.RECEIPT);
            renderer.render(Samples.receipt(true), Samples.RUSSIAN);

            assertThat(text).contains("Заказ № 12", "ИТОГО");
            assertThat(templates.report(ReportTemplates.RECEIPT)).isSameAs(first);
            assertThat(templates.compilations()).as("compiled for the first render only").isEqualTo(1);
        }
    }

    @Test
    void aTemplateEditedSinceTheBuildIsCompiledFromItsJrxml() throws IOException {
        copyToClasses(ReportTemplates.RECEIPT + ".jasper", null);
        copyToClasses(ReportTemplates.RECEIPT + ".jrxml", "\n<!-- edited after the build -->\n");
        try (URLClassLoader loader = classLoaderOf(classes)) {
            ReportTemplates templates = new ReportTemplates(loader);

            templates.report(ReportTemplates.RECEIPT);

            assertThat(templates.compilations()).as("the stale .jasper is not used").isEqualTo(1);
        }
    }

    @Test
    void anUnchangedTemplateLoadsItsPrecompiledForm() throws IOException {
        copyToClasses(ReportTemplates.RECEIPT + ".jasper", null);
        copyToClasses(ReportTemplates.RECEIPT + ".jrxml", "");
        try (URLClassLoader loader = classLoaderOf(classes)) {
            ReportTemplates templates = new ReportTemplates(loader);

            templates.report(ReportTemplates.RECEIPT);

            assertThat(templates.compilations()).isZero();
        }
    }

    /** Copies a template from the build output, optionally appending text (which changes its hash, not its layout). */
    private void copyToClasses(String file, String appended) throws IOException {
        Path target = classes.resolve(FOLDER + file);
        Files.createDirectories(target.getParent());
        try (InputStream in = ReportTemplates.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            Files.write(target, in.readAllBytes());
        }
        if (appended != null && !appended.isEmpty()) {
            Files.writeString(target, appended, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
    }

    /** Resources from the folder only: no parent, so the build's own templates are not seen. */
    private static URLClassLoader classLoaderOf(Path folder) throws IOException {
        return new URLClassLoader(new URL[] {folder.toUri().toURL()}, null);
    }
}
