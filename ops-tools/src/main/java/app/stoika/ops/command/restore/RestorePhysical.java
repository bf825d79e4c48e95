package app.stoika.ops.command.restore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import app.stoika.ops.command.backup.VerifyBackup;
import app.stoika.ops.config.OpsConfig;
import app.stoika.ops.postgres.Scratch;
import app.stoika.ops.storage.BackupRepository;
import app.stoika.ops.storage.BackupType;
import app.stoika.ops.storage.StoredBackup;

/**
 * {@code restore ID --pgdata DIR}: unpacks a physical backup into an empty directory, ready to start. The
 * tar carries the WAL from the backup's start to its end and a backup_label, so the server replays it and
 * starts consistent without further recovery settings. The directory ends up owned by the server's OS user
 * (postgres when run as root) with mode 0700.
 */
public final class RestorePhysical {
    public record Result(String id, Path pgdata, String startLsn, String stopLsn) {
    }

    private final OpsConfig config;

    public RestorePhysical(OpsConfig config) {
        this.config = config;
    }

    public Result restore(String id, Path pgdata) {
        Path target = pgdata.toAbsolutePath().normalize();
        StoredBackup backup = RestorePreflight.check(new BackupRepository(config.repository()).open(), id,
                BackupType.PHYSICAL, config.binaries());
        RestorePreflight.requireEmptyTarget(target);
        boolean created = !Files.exists(target);
        try {
            new VerifyBackup(config).extract(backup, target);
            Scratch.handToServer(target);
        } catch (IOException | RuntimeException e) {
            cleanUp(target, created);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Restoring into " + target + " failed: " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
        return new Result(backup.id(), target, backup.manifest().startLsn(), backup.manifest().stopLsn());
    }

    /** The directory was empty before we started: leave it empty (or gone) again. */
    private static void cleanUp(Path target, boolean created) {
        if (created) {
            BackupRepository.deleteTree(target);
            return;
        }
        try (var entries = Files.list(target)) {
            for (Path p : entries.toList()) {
                BackupRepository.deleteTree(p);
            }
        } catch (IOException ignored) {
            // the original error matters more
        }
    }
}
