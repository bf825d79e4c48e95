package app.stoika.pos.app;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.flywaydb.core.api.output.ValidateResult;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.stoika.db.schema.Migrator;
import app.stoika.pos.persistence.DatabaseSettings;

/** Gets a database ready for the client: the embedded one, or an existing server migrated or validated. */
public final class DatabaseBootstrap {
    private static final Logger log = LoggerFactory.getLogger(DatabaseBootstrap.class);

    private DatabaseBootstrap() {
    }

    /** A ready database; closing it stops the embedded server if there is one. */
    public record Ready(DatabaseSettings settings, Optional<EmbeddedDatabase> embedded) implements AutoCloseable {
        @Override
        public void close() {
            embedded.ifPresent(EmbeddedDatabase::close);
        }
    }

    public static Ready start(AppConfig config) {
        if (config.embedded()) {
            EmbeddedDatabase db = EmbeddedDatabase.start(config.dataDir());
            return new Ready(db.settings(ConfigLoader.DEFAULT_POOL_SIZE), Optional.of(db));
        }
        DatabaseSettings settings = config.externalDatabase().orElseThrow();
        prepareExisting(settings);
        return new Ready(settings, Optional.empty());
    }

    /** Migrates an existing server's database when this user may change the schema, else validates it. */
    static void prepareExisting(DatabaseSettings settings) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(settings.jdbcUrl());
        ds.setUser(settings.user());
        ds.setPassword(settings.password());
        ds.setConnectTimeout(10);
        boolean mayMigrate;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select case when exists (select 1 from pg_namespace where nspname = 'pos')
                                 then has_schema_privilege('pos', 'CREATE')
                                 else has_database_privilege(current_database(), 'CREATE') end""")) {
            rs.next();
            mayMigrate = rs.getBoolean(1);
        } catch (SQLException e) {
            throw new ConfigException("Cannot connect to " + ConfigLoader.DATABASE_URL + " = " + settings.jdbcUrl().replaceAll("\\?.*", "")
                    + " as " + ConfigLoader.DATABASE_USER + " = " + settings.user() + ": " + e.getMessage(), e);
        }
        if (mayMigrate) {
            log.info("Migrating {} as {}", settings.jdbcUrl().replaceAll("\\?.*", ""), settings.user());
            Migrator.migrate(ds);
            return;
        }
        ValidateResult result = Migrator.configure(ds).validateWithResult();
        if (!result.validationSuccessful) {
            throw new ConfigException("The database at " + settings.jdbcUrl().replaceAll("\\?.*", "")
                    + " is not at this version's schema, and " + settings.user()
                    + " may not change it. Ask the administrator to start Stoika once as the schema owner, then retry.");
        }
        log.info("Schema of {} is current (validated; {} may not migrate)", settings.jdbcUrl().replaceAll("\\?.*", ""),
                settings.user());
    }
}
