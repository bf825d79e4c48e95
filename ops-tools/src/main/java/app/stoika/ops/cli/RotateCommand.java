package app.stoika.ops.cli;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import app.stoika.ops.command.backup.RotateBackups;
import app.stoika.ops.config.OpsConfig;
import app.stoika.ops.storage.BackupRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ops-tools backup rotate [--dry-run]}. */
@Command(name = "rotate", mixinStandardHelpOptions = true,
        description = "Apply the retention policy (retention.* settings): keep the newest N, keep by age, keep "
                + "daily/weekly/monthly generations; never delete the newest complete backup.")
final class RotateCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    @Option(names = "--dry-run", description = "Show what would be deleted and why, delete nothing.")
    boolean dryRun;

    @Override
    public void run() {
        OpsCommand ops = OpsCommand.of(spec);
        OpsConfig config = ops.config(common);
        BackupRepository repository = new BackupRepository(config.repository()).open();
        RotateBackups rotate = new RotateBackups(config.retention(), ZoneId.systemDefault());
        List<RotateBackups.Decision> plan = dryRun ? rotate.plan(repository.list(), ops.clock.instant())
                : rotate.apply(repository, ops.clock.instant());
        Output out = ops.output(spec);
        if (common.json) {
            out.json(plan);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        String deleted = dryRun ? "would delete" : "deleted";
        for (RotateBackups.Decision d : plan) {
            rows.add(List.of(d.id(), d.type().label(), out.time(d.startTime()),
                    d.keep() ? out.good("keep") : out.warn(deleted), String.join("; ", d.reasons())));
        }
        if (rows.isEmpty()) {
            out.line("No complete backups in " + config.repository());
            return;
        }
        out.table(List.of("ID", "TYPE", "START", "ACTION", "WHY"), rows);
    }
}
