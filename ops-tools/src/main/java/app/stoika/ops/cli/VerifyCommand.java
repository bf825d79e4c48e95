package app.stoika.ops.cli;

import java.util.ArrayList;
import java.util.List;

import app.stoika.ops.command.backup.VerifyBackup;
import app.stoika.ops.config.OpsConfig;
import app.stoika.ops.storage.BackupRepository;
import app.stoika.ops.storage.StoredBackup;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ops-tools backup verify ID | --all [--deep]}. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Recompute checksums; logical: read the archive's table of contents (pg_restore --list); "
                + "physical: pg_verifybackup. --deep restores into a scratch cluster and queries it. "
                + "Exits 4 if any backup fails.")
final class VerifyCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;

    @ArgGroup(multiplicity = "1")
    Target target;

    static final class Target {
        @Parameters(paramLabel = "ID", description = "The backup to verify.")
        String id;
        @Option(names = "--all", description = "Verify every backup in the repository.")
        boolean all;
    }

    @Option(names = "--deep", description = "Also restore into a scratch cluster and run a sanity query (slow).")
    boolean deep;

    @Override
    public void run() {
        OpsCommand ops = OpsCommand.of(spec);
        OpsConfig config = ops.config(common);
        BackupRepository repository = new BackupRepository(config.repository()).open();
        List<StoredBackup> backups;
        if (target.all) {
            backups = repository.list();
        } else {
            backups = List.of(repository.find(target.id).orElseThrow(() -> new CommandFailure(ExitCodes.USAGE,
                    "No backup " + target.id + " in " + config.repository() + "; 'backup list' shows the ids")));
        }
        VerifyBackup verifier = new VerifyBackup(config);
        List<VerifyBackup.Result> results = new ArrayList<>();
        for (StoredBackup b : backups) {
            results.add(verifier.verify(b, deep));
        }
        Output out = ops.output(spec);
        if (common.json) {
            out.json(results);
        } else if (results.isEmpty()) {
            out.line("No backups in " + config.repository());
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (VerifyBackup.Result r : results) {
                for (VerifyBackup.Check c : r.checks()) {
                    rows.add(List.of(r.id(), c.name(), c.ok() ? out.good("ok") : out.bad("FAILED"), c.detail()));
                }
            }
            out.table(List.of("ID", "CHECK", "RESULT", "DETAIL"), rows);
        }
        long failed = results.stream().filter(r -> !r.ok()).count();
        if (failed > 0) {
            throw new CommandFailure(ExitCodes.REFUSED, failed + " of " + results.size() + " backups failed verification");
        }
    }
}
