package app.stoika.ops.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The backup repository: one directory per backup, named by its id, holding its files and
 * {@code manifest.json}.
 *
 * <p>A backup is written under {@code .incomplete-ID} (with the writing process's PID in {@code owner.pid})
 * and renamed to {@code ID} only when complete; deletion renames to {@code .deleting-ID} first. So a run
 * killed at any point leaves only dot-directories, which {@link #list()} never shows and
 * {@link #cleanLeftovers()} removes once their owner is gone.
 */
public final class BackupRepository {
    private static final Logger log = LoggerFactory.getLogger(BackupRepository.class);
    public static final String MANIFEST = "manifest.json";
    static final String INCOMPLETE = ".incomplete-";
    static final String DELETING = ".deleting-";
    static final String OWNER = "owner.pid";
    static final String HISTORY = "history.jsonl";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path root;

    public BackupRepository(Path root) {
        this.root = root;
    }

    public Path root() { return root; }

    /** Creates the repository directory if needed and removes leftovers of dead runs. */
    public BackupRepository open() {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the backup repository " + root + " (repository.dir): " + e.getMessage(), e);
        }
        cleanLeftovers();
        return this;
    }

    /** Every backup directory, newest first; damaged ones included with their problem. */
    public List<StoredBackup> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<StoredBackup> result = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith(".")).toList()) {
                result.add(read(dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        result.sort(Comparator.comparing((StoredBackup b) -> b.manifestIfReadable().map(BackupManifest::startTime).orElse(Instant.EPOCH))
                .thenComparing(StoredBackup::id).reversed());
        return result;
    }

    public List<StoredBackup> complete() {
        return list().stream().filter(StoredBackup::complete).toList();
    }

    public Optional<StoredBackup> find(String id) {
        if (id.startsWith(".") || id.contains("/") || id.isBlank()) {
            return Optional.empty();
        }
        Path dir = root.resolve(id);
        return Files.isDirectory(dir) ? Optional.of(read(dir)) : Optional.empty();
    }

    private static StoredBackup read(Path dir) {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.exists(manifest)) {
            return StoredBackup.damaged(dir, MANIFEST + " is missing");
        }
        try {
            return StoredBackup.readable(dir, Json.MAPPER.readValue(manifest.toFile(), BackupManifest.class));
        } catch (JsonProcessingException e) {
            return StoredBackup.damaged(dir, MANIFEST + " does not parse: " + e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            return StoredBackup.damaged(dir, MANIFEST + " cannot be read: " + e.getMessage());
        }
    }

    /** Starts a backup: a fresh {@code .incomplete-ID} directory owned by this process. */
    public PendingBackup begin(String typeLabel, Instant start) {
        open();
        String base = ID_TIME.format(start) + "-" + typeLabel;
        for (int n = 1; n < 100; n++) {
            String id = n == 1 ? base : base + "-" + n;
            if (Files.exists(root.resolve(id))) {
                continue;
            }
            Path dir = root.resolve(INCOMPLETE + id);
            try {
                Files.createDirectory(dir);
                Files.writeString(dir.resolve(OWNER), Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
                return new PendingBackup(id, dir, start);
            } catch (FileAlreadyExistsException e) {
                // another run took this id: try the next
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write to the backup repository " + root + ": " + e.getMessage(), e);
            }
        }
        throw new IllegalStateException("Cannot find a free backup id for " + base);
    }

    /** Writes the manifest and renames the directory into place; only now does the backup exist. */
    public StoredBackup commit(PendingBackup pending, BackupManifest manifest) {
        try {
            Files.delete(pending.dir().resolve(OWNER));
            Path tmp = pending.dir().resolve(MANIFEST + ".tmp");
            Files.write(tmp, Json.MAPPER.writeValueAsBytes(manifest), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            Files.move(tmp, pending.dir().resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE);
            Path target = root.resolve(pending.id());
            Files.move(pending.dir(), target, StandardCopyOption.ATOMIC_MOVE);
            fsyncDirectory(root);
            return StoredBackup.readable(target, manifest);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IllegalStateException("The backup repository " + root + " does not support atomic renames", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish backup " + pending.id() + ": " + e.getMessage(), e);
        }
    }

    /** Throws away a failed backup's files. */
    public void abort(PendingBackup pending) {
        deleteTree(pending.dir());
    }

    /** Deletes a backup: renamed out of sight first, so a half-deleted backup never looks complete. */
    public void delete(StoredBackup backup) {
        Path hidden = root.resolve(DELETING + backup.id());
        try {
            Files.move(backup.dir(), hidden, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete backup " + backup.id() + ": " + e.getMessage(), e);
        }
        deleteTree(hidden);
    }

    /** Removes {@code .incomplete-*} of dead processes and unfinished deletions; returns what was removed. */
    public List<String> cleanLeftovers() {
        List<String> removed = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return removed;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.toList()) {
                String name = dir.getFileName().toString();
                boolean leftover = name.startsWith(DELETING) || (name.startsWith(INCOMPLETE) && !ownerAlive(dir));
                if (leftover && Files.isDirectory(dir)) {
                    deleteTree(dir);
                    removed.add(name);
                    if (name.startsWith(INCOMPLETE)) {
                        String id = name.substring(INCOMPLETE.length());
                        log.warn("Removed the leftovers of backup {}, which never finished", id);
                        history().record(HistoryEvent.failure(id, null, Instant.now(), "the run that wrote it stopped before it finished; leftovers removed"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    public History history() {
        return new History(root.resolve(HISTORY));
    }

    private static boolean ownerAlive(Path dir) {
        try {
            long pid = Long.parseLong(Files.readString(dir.resolve(OWNER)).strip());
            return pid != ProcessHandle.current().pid() ? ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                    : true;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static void fsyncDirectory(Path dir) {
        try (var ch = java.nio.channels.FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // not every file system lets a directory be opened; the rename is still atomic
        }
    }

    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root + ": " + e.getMessage(), e);
        }
    }

    /** A backup being written. */
    public record PendingBackup(String id, Path dir, Instant start) {
        public Path file(String name) {
            return dir.resolve(name);
        }
    }
}
