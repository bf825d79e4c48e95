package app.stoika.ops.storage;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A backup directory in the repository: its manifest, or the reason the manifest could not be read.
 */
public record StoredBackup(String id, Path dir, BackupManifest manifest, String problem) {

    public static StoredBackup readable(Path dir, BackupManifest manifest) {
        return new StoredBackup(dir.getFileName().toString(), dir, manifest, null);
    }

    public static StoredBackup damaged(Path dir, String problem) {
        return new StoredBackup(dir.getFileName().toString(), dir, null, problem);
    }

    public Optional<BackupManifest> manifestIfReadable() {
        return Optional.ofNullable(manifest);
    }

    /** Complete, with a readable manifest: the only kind that counts for rotation and restores. */
    public boolean complete() {
        return manifest != null && manifest.complete();
    }

    public Path file(String name) {
        return dir.resolve(name);
    }
}
