package app.stoika.ops.command.restore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import app.stoika.db.cluster.PgBinaries;
import app.stoika.ops.storage.BackupRepository;
import app.stoika.ops.storage.BackupType;
import app.stoika.ops.storage.Checksums;
import app.stoika.ops.storage.StoredBackup;

/** The checks every restore passes before it touches anything. */
public final class RestorePreflight {
    private RestorePreflight() {
    }

    /** The backup, if it is complete, intact and restorable with these binaries; otherwise a refusal. */
    public static StoredBackup check(BackupRepository repository, String id, BackupType expected, PgBinaries binaries) {
        StoredBackup backup = repository.find(id).orElseThrow(() -> new RestoreRefusedException(
                "No backup " + id + " in " + repository.root() + "; 'ops-tools backup list' shows the ids"));
        if (backup.manifest() == null) {
            throw new RestoreRefusedException("Backup " + id + " cannot be used: " + backup.problem()
                    + ". Restore another backup ('backup list'), or repair " + backup.dir().resolve(BackupRepository.MANIFEST) + ".");
        }
        List<String> problems = Checksums.check(backup);
        if (!problems.isEmpty()) {
            throw new RestoreRefusedException("Backup " + id + " is damaged, nothing was restored: "
                    + String.join("; ", problems) + ". Restore an older backup ('backup list', 'backup verify --all').");
        }
        if (expected != null && backup.manifest().type() != expected) {
            throw new RestoreRefusedException("Backup " + id + " is " + backup.manifest().type().label()
                    + "; these options need a " + expected.label() + " backup");
        }
        int local = binaries.majorVersion();
        if (backup.manifest().serverMajor() > local) {
            throw new RestoreRefusedException("Backup " + id + " comes from PostgreSQL " + backup.manifest().serverMajor()
                    + " but the binaries in " + binaries.binDir() + " are PostgreSQL " + local
                    + ". Point postgres.bin-dir at PostgreSQL " + backup.manifest().serverMajor() + " or newer.");
        }
        return backup;
    }

    /** A physical restore goes only into a directory that is missing or empty. */
    public static void requireEmptyTarget(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new RestoreRefusedException(dir + " is a file, not a directory. Give --pgdata a new or empty directory.");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new RestoreRefusedException(dir + " is not empty; nothing was restored. Give --pgdata a new or empty "
                        + "directory (move the old data directory aside first if you mean to replace it).");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
