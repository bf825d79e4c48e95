package app.stoika.ops.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This build's version, recorded in every manifest. */
public final class ToolVersion {
    private ToolVersion() {
    }

    public static String get() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/app/stoika/ops/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return "stoika-ops-tools " + p.getProperty("version", "dev");
        } catch (IOException e) {
            return "stoika-ops-tools dev";
        }
    }
}
