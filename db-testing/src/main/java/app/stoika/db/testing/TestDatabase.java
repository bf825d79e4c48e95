package app.stoika.db.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import app.stoika.db.cluster.LocalCluster;

/** One test class's own database on the shared throwaway cluster. */
public final class TestDatabase {
    private final LocalCluster cluster;
    private final String name;

    TestDatabase(LocalCluster cluster, String name) {
        this.cluster = cluster;
        this.name = name;
    }

    public String name() { return name; }
    public LocalCluster cluster() { return cluster; }
    public String jdbcUrl() { return cluster.jdbcUrl(name); }
    public String user() { return cluster.superuser(); }

    /** A new superuser connection; the caller closes it. */
    public Connection connect() throws SQLException {
        return cluster.connect(name);
    }

    /** An unpooled data source; fine for tests, which pool through Hikari where it matters. */
    public DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl());
        ds.setUser(user());
        return ds;
    }

    /** Runs SQL for test setup (not for assertions: those read what the product wrote). */
    public void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Setup SQL failed: " + e.getMessage(), e);
        }
    }
}
