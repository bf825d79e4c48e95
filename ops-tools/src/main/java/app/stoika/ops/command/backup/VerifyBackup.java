package app.stoika.ops.command.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.stoika.db.process.ProcessResult;
import app.stoika.ops.config.OpsConfig;
import app.stoika.ops.postgres.Database;
import app.stoika.ops.postgres.LogicalRestore;
import app.stoika.ops.postgres.PgTools;
import app.stoika.ops.postgres.SanityCheck;
import app.stoika.ops.postgres.Scratch;
import app.stoika.ops.postgres.ScratchCluster;
import app.stoika.ops.postgres.TarArchive;
import app.stoika.ops.storage.BackupManifest;
import app.stoika.ops.storage.BackupType;
import app.stoika.ops.storage.Checksums;
import app.stoika.ops.storage.StoredBackup;

/**
 * {@code backup verify}: checksums of every file; for logical backups the archive's table of contents, for
 * physical ones pg_verifybackup on the extracted tar. {@code --deep} restores into a scratch cluster and
 * asks the restored database whether it holds tables with rows.
 */
public final class VerifyBackup {
    private static final Logger log = LoggerFactory.getLogger(VerifyBackup.class);

    public record Check(String name, boolean ok, String detail) {
    }

    public record Result(String id, boolean ok, List<Check> checks) {
    }

    private final OpsConfig config;
    private final PgTools tools;

    public VerifyBackup(OpsConfig config) {
        this.config = config;
        this.tools = new PgTools(config.binaries(), config.connection());
    }

    public Result verify(StoredBackup backup, boolean deep) {
        List<Check> checks = new ArrayList<>();
        List<String> problems = Checksums.check(backup);
        checks.add(new Check("checksums", problems.isEmpty(), problems.isEmpty()
                ? backup.manifest().files().size() + " files match" : String.join("; ", problems)));
        if (!problems.isEmpty()) {
            return result(backup, checks);
        }
        BackupManifest m = backup.manifest();
        if (m.type() == BackupType.LOGICAL) {
            checks.add(run("pg_restore --list", () -> {
                ProcessResult r = LogicalRestore.list(tools, backup.file(CreateBackup.DUMP_FILE));
                long entries = r.stdout().lines().filter(l -> !l.startsWith(";") && !l.isBlank()).count();
                return entries + " archive entries";
            }));
            if (deep && checks.stream().allMatch(Check::ok)) {
                checks.add(run("deep restore", () -> deepLogical(backup)));
            }
        } else {
            try (Scratch scratch = Scratch.create(config.scratchDir(), "stoika-verify-")) {
                Path data = scratch.dir().resolve("cluster").resolve("data");
                checks.add(run("pg_verifybackup", () -> {
                    extract(backup, data);
                    ProcessResult r = tools.runOffline("pg_verifybackup", List.of(data.toString()), null, PgTools.LONG);
                    return r.stdout().strip();
                }));
                if (deep && checks.stream().allMatch(Check::ok)) {
                    checks.add(run("deep restore", () -> {
                        try (ScratchCluster cluster = ScratchCluster.fromRestoredData(data.getParent(), config.binaries(), config.connection())) {
                            return sanity(cluster);
                        }
                    }));
                }
            }
        }
        return result(backup, checks);
    }

    /** Extracts a physical backup's tar into an empty directory. */
    public void extract(StoredBackup backup, Path data) throws java.io.IOException {
        Files.createDirectories(data);
        TarArchive.extract(tools.runner(), backup.file(baseTar(backup.manifest())), data);
    }

    public static String baseTar(BackupManifest m) {
        return m.files().stream().map(f -> f.name()).filter(n -> n.startsWith(CreateBackup.BASE_TAR)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Backup " + m.id() + " has no " + CreateBackup.BASE_TAR + " file"));
    }

    private String deepLogical(StoredBackup backup) throws Exception {
        try (Scratch scratch = Scratch.create(config.scratchDir(), "stoika-drill-");
             ScratchCluster cluster = ScratchCluster.fresh(scratch.dir().resolve("cluster"), config.binaries(), config.connection())) {
            LogicalRestore restore = new LogicalRestore(new PgTools(config.binaries(), cluster.connection()));
            restore.applyGlobals(backup.file(CreateBackup.GLOBALS_FILE));
            restore.createDatabase(backup.manifest().database());
            restore.restore(backup.file(CreateBackup.DUMP_FILE), backup.manifest().database(), List.of());
            return sanity(cluster);
        }
    }

    private static String sanity(ScratchCluster cluster) throws Exception {
        try (Connection c = Database.connect(cluster.connection())) {
            SanityCheck check = SanityCheck.run(c);
            if (!check.passed()) {
                throw new IllegalStateException("the restored database " + cluster.connection().database()
                        + " is empty: " + check.describe());
            }
            return "restored and queried: " + check.describe();
        }
    }

    private static Result result(StoredBackup backup, List<Check> checks) {
        return new Result(backup.id(), checks.stream().allMatch(Check::ok), checks);
    }

    private interface Step {
        String run() throws Exception;
    }

    private static Check run(String name, Step step) {
        try {
            return new Check(name, true, step.run());
        } catch (Exception e) {
            log.warn("{} failed: {}", name, e.getMessage());
            return new Check(name, false, e.getMessage());
        }
    }
}
