package app.stoika.ops.postgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import app.stoika.db.process.ProcessResult;
import app.stoika.ops.config.ConnectionSettings;

/** The building blocks of a logical restore: create a database, apply roles, run pg_restore. */
public final class LogicalRestore {
    private final PgTools tools;

    public LogicalRestore(PgTools tools) {
        this.tools = tools;
    }

    public ConnectionSettings connection() {
        return tools.connection();
    }

    /** A new empty database (from template0) on the tools' server. Fails if it exists. */
    public void createDatabase(String name) {
        try (Connection c = Database.connect(tools.connection().withDatabase("postgres"))) {
            if (Database.exists(c, name)) {
                throw new IllegalStateException("Database " + name + " already exists");
            }
            Database.execute(c, "create database " + Database.quote(name) + " template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    public void dropDatabase(String name) {
        try (Connection c = Database.connect(tools.connection().withDatabase("postgres"))) {
            Database.execute(c, "drop database if exists " + Database.quote(name) + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Roles and grants from pg_dumpall --globals-only; roles that exist already are left as they are. */
    public ProcessResult applyGlobals(Path globalsSql) {
        return tools.runChecked("psql", List.of("-X", "-q", "--no-password", "-d", "postgres", "-f", globalsSql.toString()), PgTools.LONG);
    }

    /** pg_restore into {@code database}, stopping at the first error. */
    public ProcessResult restore(Path dump, String database, List<String> extra) {
        List<String> args = new ArrayList<>(List.of("--no-password", "--exit-on-error", "-d", database));
        args.addAll(extra);
        args.add(dump.toString());
        return tools.runChecked("pg_restore", args, PgTools.LONG);
    }

    /** The archive's table of contents (pg_restore --list); fails if the archive cannot be read. */
    public static ProcessResult list(PgTools tools, Path dump) {
        return tools.runOffline("pg_restore", List.of("--list", dump.toString()), null, PgTools.SHORT);
    }
}
