package app.stoika.ops.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Re-reads a backup's files and compares them with its manifest. */
public final class Checksums {
    private Checksums() {
    }

    /** Problems found, each naming the file; empty when every file is present and matches. */
    public static List<String> check(StoredBackup backup) {
        List<String> problems = new ArrayList<>();
        if (backup.manifest() == null) {
            problems.add(backup.id() + "/" + BackupRepository.MANIFEST + ": " + backup.problem());
            return problems;
        }
        if (!backup.manifest().complete()) {
            problems.add(backup.id() + ": status is '" + backup.manifest().status() + "', not complete");
        }
        for (FileEntry f : backup.manifest().files()) {
            Path file = backup.file(f.name());
            if (!Files.isRegularFile(file)) {
                problems.add(file + " is missing");
                continue;
            }
            try {
                long size = Files.size(file);
                if (size != f.bytes()) {
                    problems.add(file + " has " + size + " bytes, the manifest says " + f.bytes());
                    continue;
                }
                String actual = HashingOutputStream.sha256(file);
                if (!actual.equals(f.sha256())) {
                    problems.add(file + " is damaged: SHA-256 " + actual + ", the manifest says " + f.sha256());
                }
            } catch (IOException e) {
                problems.add(file + " cannot be read: " + e.getMessage());
            }
        }
        return problems;
    }
}
