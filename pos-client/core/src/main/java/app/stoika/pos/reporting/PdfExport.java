package app.stoika.pos.reporting;

import java.io.ByteArrayOutputStream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** A filled report as PDF bytes; the fonts (DejaVu Sans from jasperreports-fonts) are embedded. */
final class PdfExport {
    private PdfExport() {
    }

    static byte[] toPdf(JasperPrint print) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(print.getName());
        configuration.setMetadataCreator("Stoika");
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("Could not export " + print.getName() + " to PDF", e);
        }
        return out.toByteArray();
    }
}
