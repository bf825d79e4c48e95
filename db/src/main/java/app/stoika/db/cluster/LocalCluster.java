package app.stoika.db.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.stoika.db.process.ProcessFailedException;
import app.stoika.db.process.ProcessResult;
import app.stoika.db.process.ProcessRunner;

/**
 * A private PostgreSQL cluster created from the machine's installed binaries: the client's embedded
 * default, the tests' throwaway clusters, the ops tools' scratch and standby clusters.
 *
 * <p>Layout under the base directory: {@code data/} (PGDATA), {@code server.log}, {@code run/} (socket
 * directory). Settings live in {@code data/stoika.conf}, rewritten at each start and included from
 * {@code postgresql.conf}, so nothing passes through pg_ctl's shell-parsed {@code -o} string.
 *
 * <p>initdb refuses to run as root; when the JVM is root the server runs as the {@code postgres} OS user
 * and the base directory is handed to that user.
 */
public final class LocalCluster implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LocalCluster.class);
    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(2);
    private static final int MAX_SOCKET_DIR_LENGTH = 80;

    public enum StopMode { SMART, FAST, IMMEDIATE }

    private final PgBinaries binaries;
    private final Path baseDir;
    private final String superuser;
    private final String password;
    private final Map<String, String> settings;
    private final ProcessRunner runner;
    private final int requestedPort;
    private int port;
    private Path socketDir;

    private LocalCluster(Builder b) {
        this.binaries = b.binaries != null ? b.binaries : PgBinaries.locate();
        this.baseDir = b.baseDir.toAbsolutePath();
        this.superuser = b.superuser;
        this.password = b.password;
        this.settings = Map.copyOf(b.settings);
        this.requestedPort = b.port;
        String osUser = b.osUser != null ? b.osUser : (isRoot() ? "postgres" : null);
        this.runner = ProcessRunner.local().asUser(osUser);
    }

    public static Builder builder(Path baseDir) {
        return new Builder(baseDir);
    }

    public Path baseDir() { return baseDir; }
    public Path dataDir() { return baseDir.resolve("data"); }
    public Path logFile() { return baseDir.resolve("server.log"); }
    public PgBinaries binaries() { return binaries; }
    public String superuser() { return superuser; }
    public Optional<String> password() { return Optional.ofNullable(password); }
    public String host() { return "127.0.0.1"; }
    /** The runner that executes this cluster's programs as the cluster's OS user. */
    public ProcessRunner runner() { return runner; }

    public int port() {
        if (port == 0) {
            throw new IllegalStateException("Cluster at " + baseDir + " is not started");
        }
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** A superuser connection to the given database. */
    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", superuser);
        if (password != null) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    public boolean isInitialized() {
        return Files.exists(dataDir().resolve("PG_VERSION"));
    }

    /** Runs initdb unless the data directory already holds a cluster. */
    public LocalCluster initIfNeeded() {
        if (isInitialized()) {
            return this;
        }
        prepareBaseDir();
        List<String> cmd = new ArrayList<>(List.of(binaries.toolPath("initdb"),
                "-D", dataDir().toString(), "-U", superuser, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
        Path pwFile = null;
        try {
            if (password != null) {
                pwFile = baseDir.resolve(".initdb-pw");
                Files.writeString(pwFile, password + "\n", StandardCharsets.UTF_8);
                handToServerUser(pwFile);
                cmd.addAll(List.of("--pwfile=" + pwFile, "--auth-host=scram-sha-256", "--auth-local=peer"));
            } else {
                cmd.addAll(List.of("-A", "trust"));
            }
            ProcessResult result = runner.run(cmd, baseDir, TOOL_TIMEOUT);
            if (!result.succeeded() && result.diagnostics().contains("locale")) {
                // Some minimal systems lack C.UTF-8; plain C always exists.
                cmd.replaceAll(arg -> arg.equals("--locale=C.UTF-8") ? "--locale=C" : arg);
                deleteRecursively(dataDir());
                result = runner.run(cmd, baseDir, TOOL_TIMEOUT);
            }
            if (!result.succeeded()) {
                throw new ProcessFailedException(result);
            }
            Files.writeString(dataDir().resolve("postgresql.conf"),
                    "\n# Settings managed by Stoika, rewritten at every start\ninclude_if_exists = 'stoika.conf'\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            log.info("Initialised PostgreSQL {} cluster in {}", binaries.majorVersion(), dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (pwFile != null) {
                try {
                    Files.deleteIfExists(pwFile);
                } catch (IOException ignored) {
                    // best effort: the file only lived for initdb
                }
            }
        }
        return this;
    }

    /**
     * Starts the server. A server left running by an earlier process of ours is adopted; a stale
     * {@code postmaster.pid} left by a crash is removed first.
     */
    public LocalCluster start() {
        initIfNeeded();
        try {
            // A data directory restored or copied by root must still let the server write its log beside it.
            handToServerUser(baseDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot hand " + baseDir + " to the server's OS user: " + e.getMessage(), e);
        }
        Optional<Integer> running = adoptRunningServer();
        if (running.isPresent()) {
            port = running.get();
            log.info("Adopted PostgreSQL already running on port {} for {}", port, dataDir());
            return this;
        }
        ProcessFailedException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            port = requestedPort != 0 ? requestedPort : freePort();
            writeSettings();
            ProcessResult result = runner.run(List.of(binaries.toolPath("pg_ctl"), "-D", dataDir().toString(),
                    "-l", logFile().toString(), "-w", "-t", "60", "start"), baseDir, TOOL_TIMEOUT);
            if (result.succeeded()) {
                log.info("PostgreSQL started on {}:{} ({})", host(), port, dataDir());
                return this;
            }
            last = new ProcessFailedException(withServerLog(result));
            if (requestedPort != 0 || !tailOfLog().contains("could not bind")) {
                break;
            }
        }
        port = 0;
        throw last;
    }

    public void stop(StopMode mode) {
        if (!isInitialized() || !Files.exists(dataDir().resolve("postmaster.pid"))) {
            port = 0;
            return;
        }
        runner.run(List.of(binaries.toolPath("pg_ctl"), "-D", dataDir().toString(), "-m",
                mode.name().toLowerCase(java.util.Locale.ROOT), "-w", "-t", "60", "stop"), baseDir, TOOL_TIMEOUT);
        port = 0;
    }

    public boolean isRunning() {
        if (!isInitialized()) {
            return false;
        }
        return runner.run(List.of(binaries.toolPath("pg_ctl"), "-D", dataDir().toString(), "status"),
                baseDir, TOOL_TIMEOUT).exitCode() == 0;
    }

    /** Stops fast; used by try-with-resources. */
    @Override
    public void close() {
        stop(StopMode.FAST);
    }

    /** Removes the whole base directory. The server must be stopped. */
    public void destroy() {
        stop(StopMode.IMMEDIATE);
        deleteRecursively(baseDir);
        if (socketDir != null && !socketDir.startsWith(baseDir)) {
            deleteRecursively(socketDir);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private Optional<Integer> adoptRunningServer() {
        Path pidFile = dataDir().resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.get(0).strip());
            boolean alive = ProcessHandle.of(pid)
                    .flatMap(h -> h.info().command())
                    .map(cmd -> cmd.endsWith("postgres") || cmd.endsWith("postmaster"))
                    .orElse(false);
            if (alive && lines.size() > 3) {
                int existingPort = Integer.parseInt(lines.get(3).strip());
                if (canConnect(existingPort)) {
                    return Optional.of(existingPort);
                }
            }
            if (!alive) {
                log.warn("Removing stale postmaster.pid (PID {} is not a running PostgreSQL) in {}", pid, dataDir());
                Files.delete(pidFile);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot read {}: {}; removing it", pidFile, e.getMessage());
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // start will report the problem
            }
        }
        return Optional.empty();
    }

    private boolean canConnect(int candidatePort) {
        int saved = port;
        port = candidatePort;
        try (Connection ignored = connect("postgres")) {
            return true;
        } catch (SQLException e) {
            port = saved;
            return false;
        }
    }

    private void writeSettings() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("port", Integer.toString(port));
        all.put("listen_addresses", "'" + host() + "'");
        all.put("unix_socket_directories", "'" + socketDirectory() + "'");
        all.put("logging_collector", "off");
        settings.forEach(all::put);
        StringBuilder conf = new StringBuilder("# Written by Stoika at each start; edits here are overwritten.\n");
        all.forEach((k, v) -> conf.append(k).append(" = ").append(v).append('\n'));
        try {
            Path file = dataDir().resolve("stoika.conf");
            Files.writeString(file, conf, StandardCharsets.UTF_8);
            handToServerUser(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short socket directory: Unix socket paths are limited to about 107 bytes. */
    private Path socketDirectory() {
        if (socketDir != null) {
            return socketDir;
        }
        try {
            Path inBase = baseDir.resolve("run");
            if (inBase.toString().length() <= MAX_SOCKET_DIR_LENGTH) {
                Files.createDirectories(inBase);
                socketDir = inBase;
            } else {
                socketDir = Files.createTempDirectory(Path.of("/tmp"), "stoika-pg");
            }
            handToServerUser(socketDir);
            return socketDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prepareBaseDir() {
        try {
            Files.createDirectories(baseDir);
            if (runner.osUser() != null) {
                handToServerUser(baseDir);
                requireTraversable(baseDir.getParent());
            } else {
                Files.setPosixFilePermissions(baseDir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + baseDir + ": " + e.getMessage(), e);
        }
    }

    private void requireTraversable(Path dir) throws IOException {
        for (Path p = dir; p != null; p = p.getParent()) {
            String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
            if (perms.charAt(8) != 'x') {
                throw new IllegalStateException("The PostgreSQL server runs as OS user '" + runner.osUser()
                        + "', which cannot enter " + p + ". Choose a cluster directory outside it (for example under /var/lib or /tmp).");
            }
        }
    }

    private void handToServerUser(Path path) throws IOException {
        if (runner.osUser() == null) {
            return;
        }
        UserPrincipal owner = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(runner.osUser());
        Files.setOwner(path, owner);
    }

    private ProcessResult withServerLog(ProcessResult r) {
        return new ProcessResult(r.command(), r.exitCode(), r.stdout(), r.diagnostics() + "\nserver log:\n" + tailOfLog(), r.duration());
    }

    private String tailOfLog() {
        try {
            List<String> lines = Files.readAllLines(logFile(), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no server log)";
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port on loopback", e);
        }
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Options for a cluster; the defaults suit the embedded database (durable, password-less loopback). */
    public static final class Builder {
        private final Path baseDir;
        private PgBinaries binaries;
        private String superuser = "stoika";
        private String password;
        private String osUser;
        private int port;
        private final Map<String, String> settings = new LinkedHashMap<>();

        private Builder(Path baseDir) {
            this.baseDir = baseDir;
        }

        public Builder binaries(PgBinaries value) { this.binaries = value; return this; }
        public Builder superuser(String value) { this.superuser = value; return this; }
        /** With a password, TCP connections need it (scram-sha-256); without, the cluster trusts loopback. */
        public Builder password(String value) { this.password = value; return this; }
        /** The OS user that runs the server; by default the current one, or postgres when that is root. */
        public Builder osUser(String value) { this.osUser = value; return this; }
        /** A fixed port; 0 (the default) picks a free one at each start. */
        public Builder port(int value) { this.port = value; return this; }
        /** A postgresql.conf setting; string values must carry their own single quotes. */
        public Builder setting(String name, String value) { settings.put(name, value); return this; }

        /** Trades durability for speed: only for throwaway test clusters. */
        public Builder nonDurable() {
            return setting("fsync", "off").setting("synchronous_commit", "off").setting("full_page_writes", "off");
        }

        public LocalCluster build() {
            return new LocalCluster(this);
        }
    }
}
