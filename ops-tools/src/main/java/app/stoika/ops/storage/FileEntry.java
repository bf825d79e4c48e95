package app.stoika.ops.storage;

/** One file of a backup, with the SHA-256 computed while it was written. */
public record FileEntry(String name, long bytes, String sha256) {
    public FileEntry {
        if (name == null || name.isBlank() || name.contains("/") || name.startsWith(".")) {
            throw new IllegalArgumentException("Bad file name in manifest: '" + name + "'");
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Bad SHA-256 for " + name + ": '" + sha256 + "'");
        }
    }
}
