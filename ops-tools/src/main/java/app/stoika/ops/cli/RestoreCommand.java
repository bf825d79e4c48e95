package app.stoika.ops.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import app.stoika.ops.command.restore.NotConfirmedException;
import app.stoika.ops.command.restore.RestoreLogical;
import app.stoika.ops.command.restore.RestorePhysical;
import app.stoika.ops.command.restore.RestoreRefusedException;
import app.stoika.ops.config.OpsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ops-tools restore ID ...}. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup. Refused before anything is touched if a file is missing or damaged, the "
                + "manifest does not parse, the backup comes from a newer PostgreSQL major, or --pgdata is not empty.",
                "Logical: --into NAME | --replace [--yes] | --table NAME... [--into NAME]. Physical: --pgdata DIR."})
final class RestoreCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "ID", description = "The backup to restore ('backup list' shows the ids).")
    String id;

    @Option(names = "--into", paramLabel = "NAME", description = "Restore into a new database NAME.")
    String into;

    @Option(names = "--replace", description = "Replace the live database: a safety backup first, the restored "
            + "database built under a temporary name, then swapped in by renames.")
    boolean replace;

    @Option(names = "--yes", description = "Confirm --replace without asking.")
    boolean yes;

    @Option(names = "--table", paramLabel = "NAME", description = "Restore only this table (repeatable; table or "
            + "schema.table): its rows in the live database are replaced, or with --into it goes into a new database.")
    List<String> tables = new ArrayList<>();

    @Option(names = "--pgdata", paramLabel = "DIR", description = "Physical backups: restore into this new or empty directory.")
    Path pgdata;

    @Override
    public void run() {
        OpsCommand ops = OpsCommand.of(spec);
        OpsConfig config = ops.config(common);
        Output out = ops.output(spec);
        try {
            if (pgdata != null) {
                if (into != null || replace || !tables.isEmpty()) {
                    throw new CommandFailure(ExitCodes.USAGE, "--pgdata is for physical backups and goes alone");
                }
                RestorePhysical.Result r = new RestorePhysical(config).restore(id, pgdata);
                if (common.json) {
                    out.json(r);
                } else {
                    out.line("Backup " + r.id() + " restored into " + r.pgdata() + " (WAL " + r.startLsn() + " to "
                            + r.stopLsn() + " included). Start it with: pg_ctl -D " + r.pgdata() + " start");
                }
                return;
            }
            int modes = (replace ? 1 : 0) + (!tables.isEmpty() ? 1 : 0) + (into != null && tables.isEmpty() ? 1 : 0);
            if (modes != 1) {
                throw new CommandFailure(ExitCodes.USAGE, "Say where to restore: --into NAME, --replace, --table NAME "
                        + "[--into NAME] (logical) or --pgdata DIR (physical)");
            }
            RestoreLogical logical = new RestoreLogical(config, ops.clock);
            RestoreLogical.Result r;
            if (replace) {
                r = logical.replace(id, yes, ops.confirm);
            } else if (!tables.isEmpty()) {
                r = logical.tables(id, tables, into);
            } else {
                r = logical.into(id, into);
            }
            if (common.json) {
                out.json(r);
            } else {
                out.line("Backup " + r.id() + ": " + r.detail()
                        + (r.safetyBackup() != null ? " (safety backup " + r.safetyBackup() + ")" : ""));
            }
        } catch (RestoreRefusedException e) {
            throw new CommandFailure(ExitCodes.REFUSED, "Restore refused: " + e.getMessage());
        } catch (NotConfirmedException e) {
            throw new CommandFailure(ExitCodes.NOT_CONFIRMED, e.getMessage());
        }
    }
}
