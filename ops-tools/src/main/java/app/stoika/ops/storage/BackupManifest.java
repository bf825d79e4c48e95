package app.stoika.ops.storage;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code manifest.json} of a backup: what it is, where it came from and a checksum for every file.
 * Written last, inside the temporary directory, before the directory is renamed into place.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BackupManifest(
        int formatVersion,
        String id,
        BackupType type,
        String status,
        Instant startTime,
        Instant endTime,
        String toolVersion,
        String serverVersion,
        int serverMajor,
        String systemIdentifier,
        int timeline,
        String startLsn,
        String stopLsn,
        String database,
        String compression,
        long totalBytes,
        List<FileEntry> files) {

    public static final int FORMAT = 1;
    public static final String COMPLETE = "complete";

    public BackupManifest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        files = List.copyOf(Objects.requireNonNull(files, "files"));
    }

    public boolean complete() {
        return COMPLETE.equals(status);
    }

    public FileEntry file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Backup " + id + " has no file " + name));
    }
}
