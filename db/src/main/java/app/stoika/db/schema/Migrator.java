package app.stoika.db.schema;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database to the current schema. Flyway owns all DDL; Hibernate only validates against it. */
public final class Migrator {
    public static final String SCHEMA = "pos";

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
}
