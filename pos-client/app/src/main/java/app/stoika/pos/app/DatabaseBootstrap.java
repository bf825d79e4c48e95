package app.stoika.pos.app;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import org.flywaydb.core.api.output.ValidateResult;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.stoika.db.cluster.PgBinariesNotFoundException;
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
            EmbeddedDatabase db;
            try {
                db = EmbeddedDatabase.start(config.dataDir());
            } catch (PgBinariesNotFoundException e) {
                throw new StartupException("startup.error.no_postgres", List.of(), e.getMessage(), e);
            } catch (RuntimeException e) {
                throw new StartupException("startup.error.embedded", List.of(config.dataDir().toString()),
                        e.getMessage(), e);
            }
            return new Ready(db.settings(ConfigLoader.DEFAULT_POOL_SIZE), Optional.of(db));
        }
        DatabaseSettings settings = config.externalDatabase().orElseThrow();
        prepareExisting(settings);
        return new Ready(settings, Optional.empty());
    }

    /** A start-up timing line (the start-up benchmark reads them); returns now, for the next step. */
    static long took(Logger log, String step, long since) {
        long now = System.nanoTime();
        log.info("Start-up: {} took {} ms", step, (now - since) / 1_000_000);
        return now;
    }

    /** The URL without its query string, which may hold secrets. */
    static String safeUrl(DatabaseSettings settings) {
        return settings.jdbcUrl().replaceAll("\\?.*", "");
    }

    /**
     * Checks that an existing server's database is at this build's schema (one query); if not, migrates it when
     * this user may change the schema, else runs Flyway's validation to say what is wrong.
     */
    static void prepareExisting(DatabaseSettings settings) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(settings.jdbcUrl());
        ds.setUser(settings.user());
        ds.setPassword(settings.password());
        ds.setConnectTimeout(10);
        long started = System.nanoTime();
        boolean mayMigrate;
        boolean current;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select case when exists (select 1 from pg_namespace where nspname = 'pos')
                                 then has_schema_privilege('pos', 'CREATE')
                                 else has_database_privilege(current_database(), 'CREATE') end""")) {
            rs.next();
            mayMigrate = rs.getBoolean(1);
            current = Migrator.isCurrent(c);
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            // 28xxx: the server answered but refused the login (wrong user or password).
            String key = state.startsWith("28") ? "startup.error.login" : "startup.error.connect";
            throw new StartupException(key, List.of(safeUrl(settings), settings.user()), e.getMessage(), e);
        }
        started = took(log, "connect, check privileges and the schema version", started);
        if (current) {
            log.info("Schema of {} is at version {}", safeUrl(settings), Migrator.LATEST_VERSION);
            return;
        }
        if (mayMigrate) {
            log.info("Migrating {} as {}", settings.jdbcUrl().replaceAll("\\?.*", ""), settings.user());
            Migrator.migrate(ds);
            took(log, "Flyway migrate", started);
            return;
        }
        ValidateResult result = Migrator.configure(ds).validateWithResult();
        took(log, "Flyway validate", started);
        if (!result.validationSuccessful) {
            throw new StartupException("startup.error.schema", List.of(safeUrl(settings), settings.user()),
                    "The schema is not at this version and " + settings.user() + " may not migrate it: "
                            + result.getAllErrorMessages(), null);
        }
        log.info("Schema of {} is current (validated; {} may not migrate)", settings.jdbcUrl().replaceAll("\\?.*", ""),
                settings.user());
    }
}
