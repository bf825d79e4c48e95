package app.stoika.db.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.ds.PGSimpleDataSource;

import app.stoika.db.cluster.LocalCluster;
import app.stoika.db.demo.DemoData;
import app.stoika.db.schema.Migrator;

/**
 * The test JVM's one PostgreSQL cluster: started on first use, non-durable for speed, stopped and deleted
 * when the JVM exits. Two template databases are migrated once (one empty, one with demo data); each test
 * class gets a clone, which takes milliseconds.
 */
public final class ThrowawayCluster {
    static final String EMPTY_TEMPLATE = "tpl_empty";
    static final String DEMO_TEMPLATE = "tpl_demo";
    private static ThrowawayCluster shared;

    private final LocalCluster cluster;

    private ThrowawayCluster(LocalCluster cluster) {
        this.cluster = cluster;
    }

    /** The JVM-wide cluster, started and templated on first call. */
    public static synchronized ThrowawayCluster shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    public LocalCluster cluster() {
        return cluster;
    }

    private static ThrowawayCluster start() {
        Path dir;
        try {
            // Under /tmp, not the build directory: the server may run as another OS user that must reach it.
            dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "stoika-test-");
            dir.toFile().setExecutable(true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LocalCluster cluster = LocalCluster.builder(dir.resolve("cluster"))
                .nonDurable()
                .setting("max_connections", "200")
                .setting("shared_buffers", "'128MB'")
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::destroy, "stop-test-cluster"));
        cluster.start();
        ThrowawayCluster result = new ThrowawayCluster(cluster);
        result.createTemplate(EMPTY_TEMPLATE, false);
        result.createTemplate(DEMO_TEMPLATE, true);
        return result;
    }

    private void createTemplate(String name, boolean demo) {
        execute("postgres", "create database " + name);
        PGSimpleDataSource ds = dataSource(name);
        Migrator.migrate(ds);
        if (demo) {
            DemoData.load(ds);
        }
        execute("postgres", "alter database " + name + " is_template true allow_connections false");
    }

    TestDatabase createDatabase(String name, boolean demo) {
        execute("postgres", "create database " + name + " template " + (demo ? DEMO_TEMPLATE : EMPTY_TEMPLATE)
                + " strategy file_copy");
        return new TestDatabase(cluster, name);
    }

    PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(cluster.jdbcUrl(database));
        ds.setUser(cluster.superuser());
        return ds;
    }

    private void execute(String database, String sql) {
        try (Connection c = cluster.connect(database); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
