package app.stoika.ops.command.restore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.stoika.ops.command.backup.CreateBackup;
import app.stoika.ops.config.OpsConfig;
import app.stoika.ops.postgres.Database;
import app.stoika.ops.postgres.LogicalRestore;
import app.stoika.ops.postgres.PgTools;
import app.stoika.ops.postgres.Scratch;
import app.stoika.ops.storage.BackupRepository;
import app.stoika.ops.storage.BackupType;
import app.stoika.ops.storage.StoredBackup;

/**
 * {@code restore ID} for logical backups: into a new database, replacing the live one (built beside it
 * under a temporary name and swapped in by renames only when complete), or only some tables.
 */
public final class RestoreLogical {
    private static final Logger log = LoggerFactory.getLogger(RestoreLogical.class);

    public record Result(String id, String database, String detail, String safetyBackup) {
    }

    private final OpsConfig config;
    private final Clock clock;
    private final PgTools tools;
    private final LogicalRestore restore;
    private final BackupRepository repository;

    public RestoreLogical(OpsConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.tools = new PgTools(config.binaries(), config.connection());
        this.restore = new LogicalRestore(tools);
        this.repository = new BackupRepository(config.repository());
    }

    private StoredBackup preflight(String id) {
        return RestorePreflight.check(repository.open(), id, BackupType.LOGICAL, config.binaries());
    }

    /** Restores the whole database into a new database {@code name}. */
    public Result into(String id, String name) {
        StoredBackup backup = preflight(id);
        requireAbsent(name);
        restore.createDatabase(name);
        try {
            restore.restore(backup.file(CreateBackup.DUMP_FILE), name, List.of());
        } catch (RuntimeException e) {
            restore.dropDatabase(name);
            throw e;
        }
        return new Result(backup.id(), name, "restored into new database " + name, null);
    }

    /**
     * Replaces the live database: confirmation, a safety backup, the new database built under a temporary
     * name, then two renames. Until the renames the live database is untouched.
     */
    public Result replace(String id, boolean yes, BooleanSupplier confirm) {
        StoredBackup backup = preflight(id);
        String live = config.connection().database();
        if (!yes && !confirm.getAsBoolean()) {
            throw new NotConfirmedException("Replacing database " + live + " with backup " + id
                    + " was not confirmed; nothing was changed. Pass --yes to confirm without a terminal.");
        }
        String safety = new CreateBackup(config, clock).run(BackupType.LOGICAL).id();
        log.info("Safety backup {} taken before replacing {}", safety, live);
        String suffix = Long.toString(clock.millis(), 36);
        String building = truncate(live, "_restoring_" + suffix);
        String old = truncate(live, "_replaced_" + suffix);
        restore.createDatabase(building);
        try {
            restore.restore(backup.file(CreateBackup.DUMP_FILE), building, List.of());
        } catch (RuntimeException e) {
            restore.dropDatabase(building);
            throw new IllegalStateException("Restoring backup " + id + " failed; database " + live
                    + " was not changed (safety backup " + safety + "): " + e.getMessage(), e);
        }
        swap(live, building, old);
        restore.dropDatabase(old);
        return new Result(backup.id(), live, "database " + live + " replaced", safety);
    }

    /** Restores only {@code tables}: into the live database (rows replaced in one transaction) or into a new database. */
    public Result tables(String id, List<String> requested, String newDatabase) {
        StoredBackup backup = preflight(id);
        Path dump = backup.file(CreateBackup.DUMP_FILE);
        TableOfContents toc = new TableOfContents(LogicalRestore.list(tools, dump).stdout());
        List<String> tables = toc.resolve(requested);
        if (newDatabase != null) {
            requireAbsent(newDatabase);
        }
        try (Scratch scratch = Scratch.create(config.scratchDir(), "stoika-tables-")) {
            if (newDatabase != null) {
                Path list = TableOfContents.write(scratch.dir().resolve("restore.list"), toc.schemaWithDataOf(tables));
                restore.createDatabase(newDatabase);
                try {
                    restore.restore(dump, newDatabase, List.of("-L", list.toString()));
                } catch (RuntimeException e) {
                    restore.dropDatabase(newDatabase);
                    throw e;
                }
                return new Result(backup.id(), newDatabase, "tables " + String.join(", ", tables)
                        + " restored into new database " + newDatabase, null);
            }
            Path list = TableOfContents.write(scratch.dir().resolve("data.list"), toc.dataOnly(tables));
            Path script = scratch.dir().resolve("data.sql");
            tools.runOffline("pg_restore", List.of("-L", list.toString(), "-f", script.toString(), dump.toString()), null, PgTools.LONG);
            List<String> args = new ArrayList<>(List.of("-X", "-q", "--no-password", "-v", "ON_ERROR_STOP=1",
                    "--single-transaction", "-d", config.connection().database()));
            for (String t : tables) {
                int dot = t.indexOf('.');
                args.addAll(List.of("-c", "delete from " + Database.quote(t.substring(0, dot)) + "." + Database.quote(t.substring(dot + 1))));
            }
            args.addAll(List.of("-f", script.toString()));
            tools.runChecked("psql", args, PgTools.LONG);
        }
        return new Result(backup.id(), config.connection().database(), "rows of " + String.join(", ", tables)
                + " replaced in one transaction; other tables untouched", null);
    }

    private void requireAbsent(String name) {
        try (Connection c = Database.connect(config.connection().withDatabase("postgres"))) {
            if (Database.exists(c, name)) {
                throw new RestoreRefusedException("Database " + name + " already exists; choose another name for --into");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + config.connection() + ": " + e.getMessage(), e);
        }
    }

    private void swap(String live, String building, String old) {
        try (Connection c = Database.connect(config.connection().withDatabase("postgres"))) {
            String q = Database.quote(live);
            Database.execute(c, "alter database " + q + " allow_connections false");
            try {
                terminate(c, live);
                Database.execute(c, "alter database " + q + " rename to " + Database.quote(old));
            } catch (SQLException e) {
                Database.execute(c, "alter database " + q + " allow_connections true");
                throw e;
            }
            try {
                Database.execute(c, "alter database " + Database.quote(building) + " rename to " + q);
            } catch (SQLException e) {
                Database.execute(c, "alter database " + Database.quote(old) + " rename to " + q);
                Database.execute(c, "alter database " + q + " allow_connections true");
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Swapping the restored database in failed; " + live + " is as it was: " + e.getMessage(), e);
        }
    }

    /** Ends other sessions on the database and waits until they are gone. */
    private static void terminate(Connection c, String database) throws SQLException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (var ps = c.prepareStatement("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                    + "where datname = ? and pid <> pg_backend_pid()")) {
                ps.setString(1, database);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("Interrupted while ending sessions");
            }
        }
        throw new SQLException("Sessions on " + database + " did not end");
    }

    private static String truncate(String base, String suffix) {
        return base.length() + suffix.length() > 63 ? base.substring(0, 63 - suffix.length()) + suffix : base + suffix;
    }
}
