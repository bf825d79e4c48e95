package app.stoika.db.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database to the current schema. Flyway owns all DDL; Hibernate only validates against it. */
public final class Migrator {
    public static final String SCHEMA = "pos";
    /**
     * The newest migration this build carries (V0016__...). A test compares it with the migrations on the
     * classpath, so adding V0017 without raising this fails the build.
     */
    public static final int LATEST_VERSION = 16;

    private Migrator() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return configure(dataSource).migrate();
    }

    /** Flyway set up for this project's migrations, for callers that need more than migrate. */
    public static Flyway configure(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
    }

    /**
     * Whether the database is at exactly this build's schema: its newest applied migration is
     * {@link #LATEST_VERSION} and none failed. One query on Flyway's history table, without starting Flyway
     * (whose classpath scan and validation cost a till about a second at every start); callers run Flyway only
     * when this says no, to migrate or to explain what is wrong. It does not re-check the checksums of applied
     * migrations: that is Flyway's validate, run by the tests and by every migrate.
     */
    public static boolean isCurrent(Connection connection) throws SQLException {
        if (!historyExists(connection)) {
            return false;
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "select coalesce(bool_and(success), false), "
                        + "max(cast(version as integer)) filter (where success and version ~ '^[0-9]+$') "
                        + "from " + SCHEMA + ".flyway_schema_history")) {
            rs.next();
            return rs.getBoolean(1) && rs.getInt(2) == LATEST_VERSION;
        }
    }

    private static boolean historyExists(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "select to_regclass('" + SCHEMA + ".flyway_schema_history') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
