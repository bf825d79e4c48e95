package app.stoika.db.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

import app.stoika.db.schema.Migrator;

/**
 * Tills skip Flyway at start when one query says the schema is at this build's version. That is only safe while
 * {@link Migrator#LATEST_VERSION} names the newest migration on the classpath, and while the check says no to
 * anything Flyway would have to act on.
 */
@DatabaseTest
class SchemaVersionTest {

    @Test
    void latestVersionNamesTheNewestMigrationOnTheClasspath(TestDatabase db) {
        MigrationInfo[] all = Migrator.configure(db.dataSource()).info().all();
        MigrationInfo newest = all[all.length - 1];
        assertThat(Integer.parseInt(newest.getVersion().getVersion())) // "0016"
                .as("raise Migrator.LATEST_VERSION when adding a migration")
                .isEqualTo(Migrator.LATEST_VERSION);
    }

    @Test
    void aMigratedDatabaseIsCurrent(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            assertThat(Migrator.isCurrent(c)).isTrue();
        }
    }

    @Test
    void aDatabaseBehindThisBuildOrWithAFailedMigrationIsNot(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            c.createStatement().execute("delete from pos.flyway_schema_history where cast(version as integer) = "
                    + Migrator.LATEST_VERSION);
            assertThat(Migrator.isCurrent(c)).as("one migration behind").isFalse();
            c.rollback();

            c.createStatement().execute("update pos.flyway_schema_history set success = false where cast(version as integer) = "
                    + Migrator.LATEST_VERSION);
            assertThat(Migrator.isCurrent(c)).as("the newest migration failed").isFalse();
            c.rollback();

            c.createStatement().execute("insert into pos.flyway_schema_history (installed_rank, version, description,"
                    + " type, script, checksum, installed_by, execution_time, success) select max(installed_rank) + 1,"
                    + " '" + (Migrator.LATEST_VERSION + 1) + "', 'from a newer build', 'SQL', 'V9.sql', 0, 'x', 0, true"
                    + " from pos.flyway_schema_history");
            assertThat(Migrator.isCurrent(c)).as("migrated by a newer build").isFalse();
            c.rollback();

            c.createStatement().execute("drop table pos.flyway_schema_history");
            assertThat(Migrator.isCurrent(c)).as("never migrated").isFalse();
            c.rollback();
        }
    }
}
