package app.stoika.ops.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import app.stoika.ops.config.ConnectionSettings;

/** JDBC access for the few statements the tools run themselves (server facts, renames, sanity checks). */
public final class Database {
    private Database() {
    }

    public static Connection connect(ConnectionSettings settings) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", settings.user());
        settings.passwordValue().ifPresent(p -> props.setProperty("password", p));
        props.setProperty("connectTimeout", "10");
        props.setProperty("ApplicationName", "stoika-ops-tools");
        return DriverManager.getConnection(settings.jdbcUrl(), props);
    }

    public static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    public static boolean exists(Connection c, String database) throws SQLException {
        try (var ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Double-quotes an identifier for SQL. */
    public static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
