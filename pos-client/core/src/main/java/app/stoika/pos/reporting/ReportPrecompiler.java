package app.stoika.pos.reporting;

import java.nio.file.Files;
import java.nio.file.Path;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.util.JRSaver;

/**
 * Build step, not part of the running app: compiles every report template to a .jasper file beside its JRXML in
 * the build output (pos-client/core/pom.xml runs it with exec-maven-plugin at process-classes), so tills load
 * compiled templates instead of running a Java compiler. Argument: the classes output directory.
 */
public final class ReportPrecompiler {
    private ReportPrecompiler() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: ReportPrecompiler <classes output directory>");
        }
        Path folder = Path.of(args[0]).resolve(ReportPrecompiler.class.getPackageName().replace('.', '/'));
        Files.createDirectories(folder);
        ReportTemplates templates = new ReportTemplates();
        for (String name : ReportTemplates.ALL) {
            byte[] jrxml = templates.source(name);
            if (jrxml == null) {
                throw new IllegalStateException(name + ".jrxml is not on the class path");
            }
            Path target = folder.resolve(name + ".jasper");
            try {
                JRSaver.saveObject(ReportTemplates.compile(name, jrxml), target.toFile());
            } catch (JRException e) {
                throw new IllegalStateException("Cannot write " + target, e);
            }
            System.out.println("Compiled report template " + name + " to " + target);
        }
    }
}
