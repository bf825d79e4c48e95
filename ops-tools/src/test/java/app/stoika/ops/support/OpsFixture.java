package app.stoika.ops.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.postgresql.ds.PGSimpleDataSource;

import app.stoika.db.cluster.LocalCluster;
import app.stoika.db.demo.DemoData;
import app.stoika.db.schema.Migrator;
import app.stoika.ops.cli.Main;
import app.stoika.ops.storage.BackupRepository;

/**
 * A real cluster in /tmp with the demo café in database {@code cafe}, a backup repository and a config
 * file; runs ops-tools commands in-process the way a user would.
 */
public final class OpsFixture implements AutoCloseable {
    public static final String DB = "cafe";
    public final Path dir;
    public final LocalCluster cluster;
    public final Path repository;
    public final Path configFile;

    public record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private OpsFixture(Path dir, LocalCluster cluster) {
        this.dir = dir;
        this.cluster = cluster;
        this.repository = dir.resolve("repo");
        this.configFile = dir.resolve("ops.properties");
    }

    public static OpsFixture start(boolean demo) {
        try {
            Path dir = Files.createTempDirectory(Path.of("/tmp"), "stoika-ops-test-");
            dir.toFile().setExecutable(true, false);
            LocalCluster cluster = LocalCluster.builder(dir.resolve("cluster")).nonDurable().build();
            cluster.start();
            OpsFixture f = new OpsFixture(dir, cluster);
            f.execute("postgres", "create database " + DB);
            if (demo) {
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setURL(cluster.jdbcUrl(DB));
                ds.setUser(cluster.superuser());
                Migrator.migrate(ds);
                DemoData.load(ds);
            }
            f.writeConfig("");
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeConfig(String extra) {
        String text = "connection.host=127.0.0.1\n"
                + "connection.port=" + cluster.port() + "\n"
                + "connection.database=" + DB + "\n"
                + "connection.user=" + cluster.superuser() + "\n"
                + "repository.dir=" + repository + "\n"
                + "postgres.bin-dir=" + cluster.binaries().binDir() + "\n"
                + "scratch.dir=" + dir.resolve("scratch") + "\n"
                + extra;
        try {
            Files.writeString(configFile, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Run ops(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--config");
        all.add(configFile.toString());
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), Clock.systemUTC());
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs a command and returns its stdout, failing the test with the output if it does not exit 0. */
    public String ok(String... args) {
        Run r = ops(args);
        if (r.exitCode() != 0) {
            throw new AssertionError("ops-tools " + String.join(" ", args) + " failed: " + r);
        }
        return r.out();
    }

    /** Takes a backup of the given type and returns its id. */
    public String backup(String type) {
        return ok("backup", "create", "--type", type).strip();
    }

    public BackupRepository repo() {
        return new BackupRepository(repository);
    }

    public void execute(String database, String sql) {
        try (Connection c = cluster.connect(database); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public long count(String database, String sql) {
        try (Connection c = cluster.connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public Snapshot snapshot(String database) {
        return Snapshot.of(cluster, database);
    }

    @Override
    public void close() {
        cluster.destroy();
        BackupRepository.deleteTree(dir);
    }
}
