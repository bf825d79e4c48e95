package app.stoika.pos.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;

import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.stoika.db.cluster.LocalCluster;
import app.stoika.db.demo.DemoData;
import app.stoika.db.schema.Migrator;
import app.stoika.pos.persistence.DatabaseSettings;

/**
 * The built-in database: a private PostgreSQL cluster under the data directory. First start: initdb with a
 * random superuser password kept in {@code db-password} (readable only by this user), create database
 * {@code stoika}, migrate, load the demo café. Every start: start the server, migrate. {@link #close()}
 * (also run by a shutdown hook) stops the server.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String DATABASE = "stoika";
    static final String TERMINAL_ROLE = "stoika_terminal";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final LocalCluster cluster;
    private final String password;
    private final String terminalPassword;
    private final boolean created;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread shutdownHook;

    private EmbeddedDatabase(LocalCluster cluster, String password, String terminalPassword, boolean created) {
        this.cluster = cluster;
        this.password = password;
        this.terminalPassword = terminalPassword;
        this.created = created;
        this.shutdownHook = new Thread(this::stop, "stoika-stop-database");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts (creating on first use) the cluster under {@code dataDir}. */
    public static EmbeddedDatabase start(Path dataDir) {
        prepare(dataDir);
        String password = readOrCreatePassword(dataDir.resolve("db-password"));
        String terminalPassword = readOrCreatePassword(dataDir.resolve("terminal-password"));
        LocalCluster cluster = LocalCluster.builder(dataDir.resolve("postgres")).password(password).build();
        boolean fresh = !cluster.isInitialized();
        if (fresh) {
            log.info("First start: creating the built-in PostgreSQL cluster in {}", cluster.baseDir());
        }
        cluster.start();
        try {
            boolean created = createDatabaseIfMissing(cluster);
            EmbeddedDatabase db = new EmbeddedDatabase(cluster, password, terminalPassword, created);
            db.migrateAndSeed();
            return db;
        } catch (RuntimeException e) {
            cluster.stop(LocalCluster.StopMode.FAST);
            throw e;
        }
    }

    /**
     * How the till connects: as {@code stoika_terminal}, like a till on a shared server, so that the
     * database's rules (session checks, permissions, append-only history) hold on the built-in database too.
     * The superuser only migrates and loads the demo café.
     */
    public DatabaseSettings settings(int poolSize) {
        return new DatabaseSettings(cluster.jdbcUrl(DATABASE), TERMINAL_ROLE, terminalPassword, poolSize);
    }

    /** The owner's connection, for migrations and tools. */
    public DatabaseSettings superuserSettings(int poolSize) {
        return new DatabaseSettings(cluster.jdbcUrl(DATABASE), cluster.superuser(), password, poolSize);
    }

    public LocalCluster cluster() { return cluster; }

    /** Whether this start created the database (and so loaded the demo café). */
    public boolean created() { return created; }

    /** Every start after the first finds the schema current: one query instead of a Flyway run. */
    private static boolean schemaIsCurrent(PGSimpleDataSource ds) {
        try (Connection c = ds.getConnection()) {
            return Migrator.isCurrent(c);
        } catch (SQLException e) {
            return false; // Flyway will connect again and say what is wrong
        }
    }

    private void migrateAndSeed() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(cluster.jdbcUrl(DATABASE));
        ds.setUser(cluster.superuser());
        ds.setPassword(password);
        if (!schemaIsCurrent(ds)) {
            Migrator.migrate(ds);
        }
        // The migrations create the role; its password is this data directory's own (random, 0600 file).
        if (!terminalPassword.matches("[A-Za-z0-9]+")) { // it goes into SQL as a literal
            throw new IllegalStateException("The till password file in the data directory is damaged; remove "
                    + "terminal-password there and start again (a new one is made).");
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("alter role " + TERMINAL_ROLE + " login password '" + terminalPassword + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the till role's password: " + e.getMessage(), e);
        }
        if (created) {
            try {
                DemoData.load(ds);
                log.info("Loaded the demo café into the new database");
            } catch (RuntimeException e) {
                // Drop it so that the next start creates and seeds it again instead of leaving it half-filled.
                dropDatabase();
                throw e;
            }
        }
    }

    private static boolean createDatabaseIfMissing(LocalCluster cluster) {
        try (Connection c = cluster.connect("postgres");
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database '" + DATABASE + "' in " + cluster.baseDir() + ": "
                    + e.getMessage(), e);
        }
    }

    private void dropDatabase() {
        try (Connection c = cluster.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE);
        } catch (SQLException e) {
            log.warn("Could not drop the half-created database: {}", e.getMessage());
        }
    }

    private static void prepare(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            // Root: the server runs as the postgres OS user, which must be able to enter the data directory.
            boolean root = "root".equals(System.getProperty("user.name"));
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString(root ? "rwxr-xr-x" : "rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** A random password in a file only this OS user can read; created on first use. */
    static String readOrCreatePassword(Path file) {
        try {
            if (Files.exists(file)) {
                String pw = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (pw.isEmpty()) {
                    throw new IllegalStateException(file + " is empty; restore it from a backup or remove the data directory to start over.");
                }
                return pw;
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String pw = HexFormat.of().formatHex(random);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, pw + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            return pw;
        } catch (FileAlreadyExistsException e) {
            return readOrCreatePassword(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file + ": " + e.getMessage(), e);
        }
    }

    private void stop() {
        if (stopped.compareAndSet(false, true)) {
            log.info("Stopping the built-in PostgreSQL in {}", cluster.baseDir());
            cluster.stop(LocalCluster.StopMode.FAST);
        }
    }

    /** Stops the server; safe to call more than once. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }
}
