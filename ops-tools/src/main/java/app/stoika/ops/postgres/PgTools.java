package app.stoika.ops.postgres;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import app.stoika.db.cluster.PgBinaries;
import app.stoika.db.process.ProcessResult;
import app.stoika.db.process.ProcessRunner;
import app.stoika.ops.config.ConnectionSettings;

/**
 * The client programs (pg_dump, pg_restore, pg_basebackup, psql, ...) of one installation, run through the
 * project's {@link ProcessRunner} with the connection's password in the environment.
 */
public final class PgTools {
    /** Long enough for a large backup; a stuck program is the admin's to interrupt. */
    public static final Duration LONG = Duration.ofHours(12);
    public static final Duration SHORT = Duration.ofMinutes(5);

    private final PgBinaries binaries;
    private final ConnectionSettings connection;
    private final ProcessRunner runner;

    public PgTools(PgBinaries binaries, ConnectionSettings connection) {
        this.binaries = binaries;
        this.connection = connection;
        this.runner = ProcessRunner.local().withEnvironment(connection.libpqEnvironment());
    }

    public PgBinaries binaries() { return binaries; }
    public ConnectionSettings connection() { return connection; }
    public ProcessRunner runner() { return runner; }

    /** {@code tool} from the bin directory with the connection's -h -p -U and then {@code args}. */
    public List<String> command(String tool, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(binaries.toolPath(tool));
        cmd.addAll(connection.libpqArguments());
        cmd.addAll(args);
        return cmd;
    }

    /** Runs a client program against the configured server; throws with its output if it fails. */
    public ProcessResult runChecked(String tool, List<String> args, Duration timeout) {
        return runner.runChecked(command(tool, args), null, timeout);
    }

    /** Runs a program that needs no connection (pg_restore --list, pg_verifybackup). */
    public ProcessResult runOffline(String tool, List<String> args, Path workingDir, Duration timeout) {
        List<String> cmd = new ArrayList<>();
        cmd.add(binaries.toolPath(tool));
        cmd.addAll(args);
        return runner.runChecked(cmd, workingDir, timeout);
    }
}
