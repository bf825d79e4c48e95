package app.stoika.ops.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import app.stoika.db.cluster.PgBinaries;
import app.stoika.db.cluster.PgBinariesNotFoundException;

/**
 * Reads the configuration file (Java properties, UTF-8) into an {@link OpsConfig}. Unknown keys are
 * errors, so a typo never silently falls back to a default.
 */
public final class ConfigLoader {
    public static final String ENV_CONFIG = "STOIKA_OPS_CONFIG";
    static final Set<String> KEYS = Set.of(
            "connection.host", "connection.port", "connection.database", "connection.user", "connection.password",
            "repository.dir", "postgres.bin-dir", "backup.physical.compression", "scratch.dir",
            "retention.keep-last", "retention.keep-days", "retention.keep-daily", "retention.keep-weekly",
            "retention.keep-monthly");

    private ConfigLoader() {
    }

    /** The file given with --config, else the one named by STOIKA_OPS_CONFIG. */
    public static OpsConfig load(Path explicit, Map<String, String> env) {
        Path file = explicit;
        if (file == null) {
            String fromEnv = env.get(ENV_CONFIG);
            if (fromEnv == null || fromEnv.isBlank()) {
                throw new ConfigException("No configuration: pass --config FILE or set " + ENV_CONFIG);
            }
            file = Path.of(fromEnv);
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("Configuration file " + file + " does not exist");
        }
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("Cannot read configuration file " + file + ": " + e.getMessage());
        }
        try {
            return fromProperties(props, env);
        } catch (ConfigException e) {
            throw new ConfigException(e.getMessage() + " (in " + file + ")");
        }
    }

    public static OpsConfig fromProperties(Properties props, Map<String, String> env) {
        Set<String> unknown = new TreeSet<>(props.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new ConfigException("Unknown setting " + String.join(", ", unknown) + "; known settings: "
                    + String.join(", ", new TreeSet<>(KEYS)));
        }
        String password = props.getProperty("connection.password");
        if (password == null) {
            password = env.get("PGPASSWORD");
        }
        ConnectionSettings connection = new ConnectionSettings(
                required(props, "connection.host"),
                integer(props, "connection.port", 5432),
                required(props, "connection.database"),
                required(props, "connection.user"),
                password);
        Path repository = Path.of(required(props, "repository.dir"));
        PgBinaries binaries;
        String bin = props.getProperty("postgres.bin-dir", "").strip();
        try {
            binaries = bin.isEmpty() ? PgBinaries.locate() : new PgBinaries(Path.of(bin));
        } catch (PgBinariesNotFoundException e) {
            throw new ConfigException("postgres.bin-dir: " + e.getMessage());
        }
        Compression compression = Compression.parse("backup.physical.compression",
                props.getProperty("backup.physical.compression", "lz4"));
        Retention d = Retention.defaults();
        Retention retention = new Retention(
                integer(props, "retention.keep-last", d.keepLast()),
                integer(props, "retention.keep-days", d.keepDays()),
                integer(props, "retention.keep-daily", d.keepDaily()),
                integer(props, "retention.keep-weekly", d.keepWeekly()),
                integer(props, "retention.keep-monthly", d.keepMonthly()));
        Path scratch = Path.of(props.getProperty("scratch.dir", System.getProperty("java.io.tmpdir")).strip());
        return new OpsConfig(connection, repository, binaries, compression, retention, scratch);
    }

    private static String required(Properties props, String key) {
        String value = props.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new ConfigException(key + " is missing");
        }
        return value.strip();
    }

    private static int integer(Properties props, String key, int defaultValue) {
        String value = props.getProperty(key);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a whole number, not '" + value.strip() + "'");
        }
    }
}
