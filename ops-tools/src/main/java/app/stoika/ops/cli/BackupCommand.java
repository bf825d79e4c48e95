package app.stoika.ops.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.stoika.ops.command.backup.BackupStats;
import app.stoika.ops.command.backup.CreateBackup;
import app.stoika.ops.config.OpsConfig;
import app.stoika.ops.storage.BackupManifest;
import app.stoika.ops.storage.BackupRepository;
import app.stoika.ops.storage.BackupType;
import app.stoika.ops.storage.HistoryEvent;
import app.stoika.ops.storage.StoredBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ops-tools backup ...}: create, list, verify, stats, rotate. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Create, list, verify and rotate backups.",
        subcommands = {BackupCommand.Create.class, BackupCommand.ListBackups.class, VerifyCommand.class,
                BackupCommand.Stats.class, RotateCommand.class})
final class BackupCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Take a backup and print its id. logical: pg_dump -Fc of the POS database plus roles "
                    + "(pg_dumpall --globals-only); physical: pg_basebackup tar with WAL and backup manifest.")
    static final class Create implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        CommonOptions common;
        @Option(names = "--type", required = true, paramLabel = "logical|physical",
                description = "logical or physical", converter = TypeConverter.class)
        BackupType type;

        @Override
        public void run() {
            OpsCommand ops = OpsCommand.of(spec);
            OpsConfig config = ops.config(common);
            StoredBackup backup = new CreateBackup(config, ops.clock).run(type);
            Output out = ops.output(spec);
            if (common.json) {
                out.json(backup.manifest());
            } else {
                BackupManifest m = backup.manifest();
                out.line(backup.id());
                ops.err(spec).println(out.good("Backup complete") + ": " + m.type().label() + ", "
                        + Output.size(m.totalBytes()) + ", " + m.files().size() + " files, PostgreSQL " + m.serverVersion());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List backups, newest first: id, type, start and end time, size, PostgreSQL version, status.")
    static final class ListBackups implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        CommonOptions common;

        @Override
        public void run() {
            OpsCommand ops = OpsCommand.of(spec);
            OpsConfig config = ops.config(common);
            List<StoredBackup> backups = new BackupRepository(config.repository()).open().list();
            Output out = ops.output(spec);
            if (common.json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (StoredBackup b : backups) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", b.id());
                    b.manifestIfReadable().ifPresentOrElse(m -> {
                        row.put("type", m.type());
                        row.put("status", m.status());
                        row.put("startTime", m.startTime());
                        row.put("endTime", m.endTime());
                        row.put("totalBytes", m.totalBytes());
                        row.put("serverVersion", m.serverVersion());
                    }, () -> {
                        row.put("status", "damaged");
                        row.put("problem", b.problem());
                    });
                    rows.add(row);
                }
                out.json(rows);
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            for (StoredBackup b : backups) {
                if (b.manifest() == null) {
                    rows.add(List.of(b.id(), "?", "-", "-", "-", "-", out.bad("damaged: " + b.problem())));
                    continue;
                }
                BackupManifest m = b.manifest();
                rows.add(List.of(b.id(), m.type().label(), out.time(m.startTime()), out.time(m.endTime()),
                        Output.size(m.totalBytes()), m.serverVersion(), m.complete() ? out.good(m.status()) : out.bad(m.status())));
            }
            if (rows.isEmpty()) {
                out.line("No backups in " + config.repository());
                return;
            }
            out.table(List.of("ID", "TYPE", "START", "END", "SIZE", "POSTGRESQL", "STATUS"), rows);
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Count and size by type, oldest and newest, last success and last failure.")
    static final class Stats implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        CommonOptions common;

        @Override
        public void run() {
            OpsCommand ops = OpsCommand.of(spec);
            OpsConfig config = ops.config(common);
            BackupStats.Report report = BackupStats.of(new BackupRepository(config.repository()).open());
            Output out = ops.output(spec);
            if (common.json) {
                out.json(report);
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            for (BackupStats.TypeStats t : report.types()) {
                rows.add(List.of(t.type().label(), Integer.toString(t.count()), Output.size(t.bytes()),
                        out.time(t.oldest()), out.time(t.newest()), event(out, t.lastSuccess()), event(out, t.lastFailure())));
            }
            out.table(List.of("TYPE", "COUNT", "SIZE", "OLDEST", "NEWEST", "LAST SUCCESS", "LAST FAILURE"), rows);
            if (report.damaged() > 0) {
                out.line(out.warn(report.damaged() + " damaged backup directories; see 'backup list'"));
            }
            if (report.lastFailure() != null) {
                out.line("Last failure: " + report.lastFailure().id() + " at " + out.time(report.lastFailure().time())
                        + ": " + report.lastFailure().detail());
            }
        }

        private static String event(Output out, HistoryEvent e) {
            Instant t = e == null ? null : e.time();
            return out.time(t);
        }
    }

    static final class TypeConverter implements picocli.CommandLine.ITypeConverter<BackupType> {
        @Override
        public BackupType convert(String value) {
            try {
                return BackupType.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("expected logical or physical, not '" + value + "'");
            }
        }
    }
}
