package app.stoika.db.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The directory holding one PostgreSQL installation's programs (initdb, pg_ctl, pg_dump, ...).
 *
 * <p>Found, in this order: the {@code stoika.pg.bin} system property, the {@code PG_BIN} environment
 * variable, {@code pg_config --bindir}, and the newest {@code /usr/lib/postgresql/N/bin}.
 */
public record PgBinaries(Path binDir) {
    public static final String PROPERTY = "stoika.pg.bin";
    public static final String ENV = "PG_BIN";
    private static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

    public PgBinaries {
        if (!Files.isExecutable(binDir.resolve("initdb")) || !Files.isExecutable(binDir.resolve("pg_ctl"))) {
            throw new PgBinariesNotFoundException("No PostgreSQL server programs (initdb, pg_ctl) in " + binDir
                    + ". Point " + ENV + " at the bin directory of a PostgreSQL installation.");
        }
    }

    /** Locates an installation or explains what to install. */
    public static PgBinaries locate() {
        String configured = Optional.ofNullable(System.getProperty(PROPERTY)).orElse(System.getenv(ENV));
        if (configured != null && !configured.isBlank()) {
            return new PgBinaries(Path.of(configured));
        }
        return fromPgConfig().or(PgBinaries::newestDebianInstall).orElseThrow(() -> new PgBinariesNotFoundException(
                "PostgreSQL is not installed: no pg_config on PATH and nothing under " + DEBIAN_ROOT + ". "
                        + "Install the server programs (Debian/Ubuntu: sudo apt-get install postgresql) "
                        + "or set " + ENV + " to the directory that holds initdb and pg_ctl."));
    }

    public Path tool(String name) {
        return binDir.resolve(name);
    }

    public String toolPath(String name) {
        return tool(name).toString();
    }

    /** The major version of these binaries, from {@code postgres --version}. */
    public int majorVersion() {
        String out = runQuietly(List.of(toolPath("postgres"), "--version"))
                .orElseThrow(() -> new PgBinariesNotFoundException("Cannot run " + tool("postgres")));
        Matcher m = VERSION.matcher(out);
        if (!m.find()) {
            throw new PgBinariesNotFoundException("Unrecognised postgres --version output: " + out);
        }
        return Integer.parseInt(m.group(1));
    }

    private static Optional<PgBinaries> fromPgConfig() {
        return runQuietly(List.of("pg_config", "--bindir"))
                .map(String::strip)
                .map(Path::of)
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")))
                .map(PgBinaries::new);
    }

    private static Optional<PgBinaries> newestDebianInstall() {
        if (!Files.isDirectory(DEBIAN_ROOT)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN_ROOT)) {
            return versions
                    .filter(dir -> dir.getFileName().toString().matches("\\d+"))
                    .map(dir -> dir.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparingInt(bin -> Integer.parseInt(bin.getParent().getFileName().toString())))
                    .map(PgBinaries::new);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> runQuietly(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(out);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
