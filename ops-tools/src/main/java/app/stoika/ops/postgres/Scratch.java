package app.stoika.ops.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.stream.Stream;

import app.stoika.ops.storage.BackupRepository;

/**
 * A temporary directory for extracted backups and scratch clusters, removed on close. The server may run as
 * another OS user (postgres, when the tools run as root), which must be able to enter it.
 */
public final class Scratch implements AutoCloseable {
    /** The OS user the server runs as when the tools run as root. */
    public static final String SERVER_USER = "postgres";
    private final Path dir;

    private Scratch(Path dir) {
        this.dir = dir;
    }

    public static Scratch create(Path parent, String prefix) {
        try {
            Files.createDirectories(parent);
            Path dir = Files.createTempDirectory(parent, prefix);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
            return new Scratch(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a scratch directory in " + parent + " (scratch.dir): " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        BackupRepository.deleteTree(dir);
    }

    public static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Gives one directory (not its contents) to the server's OS user: LocalCluster writes server.log into its
     * base directory as that user, but hands the base directory over only when it runs initdb itself.
     */
    public static void handDirectoryToServer(Path dir) {
        if (!runningAsRoot()) {
            return;
        }
        try {
            Files.setOwner(dir, dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SERVER_USER));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot hand " + dir + " to " + SERVER_USER + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes a restored data directory startable: owned by the server's OS user (postgres when we are root)
     * and mode 0700, as the server requires.
     */
    public static void handToServer(Path pgdata) {
        try {
            if (runningAsRoot()) {
                UserPrincipal owner = pgdata.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SERVER_USER);
                try (Stream<Path> paths = Files.walk(pgdata)) {
                    for (Path p : paths.toList()) {
                        Files.setOwner(p, owner);
                    }
                }
            }
            Files.setPosixFilePermissions(pgdata, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot hand " + pgdata + " to the server's OS user: " + e.getMessage(), e);
        }
    }
}
