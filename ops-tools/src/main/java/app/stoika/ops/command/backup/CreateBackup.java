package app.stoika.ops.command.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.stoika.db.process.ProcessResult;
import app.stoika.ops.config.Compression;
import app.stoika.ops.config.OpsConfig;
import app.stoika.ops.postgres.Database;
import app.stoika.ops.postgres.PgTools;
import app.stoika.ops.postgres.ServerInfo;
import app.stoika.ops.postgres.StreamCapture;
import app.stoika.ops.storage.BackupManifest;
import app.stoika.ops.storage.BackupRepository;
import app.stoika.ops.storage.BackupRepository.PendingBackup;
import app.stoika.ops.storage.BackupType;
import app.stoika.ops.storage.FileEntry;
import app.stoika.ops.storage.HashingOutputStream;
import app.stoika.ops.storage.HistoryEvent;
import app.stoika.ops.storage.StoredBackup;
import app.stoika.ops.storage.ToolVersion;

/**
 * {@code backup create}: a logical backup (pg_dump custom format of the POS database plus
 * {@code pg_dumpall --globals-only}) or a physical one (pg_basebackup tar with the WAL it needs and its
 * backup manifest). Every file is hashed while it streams in; the backup appears in the repository only
 * when complete.
 */
public final class CreateBackup {
    private static final Logger log = LoggerFactory.getLogger(CreateBackup.class);
    public static final String DUMP_FILE = "database.dump";
    public static final String GLOBALS_FILE = "globals.sql";
    public static final String BASE_TAR = "base.tar";
    private static final Pattern WAL_START = Pattern.compile("write-ahead log start point: ([0-9A-F]+/[0-9A-F]+) on timeline (\\d+)");
    private static final Pattern WAL_END = Pattern.compile("write-ahead log end point: ([0-9A-F]+/[0-9A-F]+)");

    private final OpsConfig config;
    private final BackupRepository repository;
    private final PgTools tools;
    private final Clock clock;

    public CreateBackup(OpsConfig config, Clock clock) {
        this.config = config;
        this.repository = new BackupRepository(config.repository());
        this.tools = new PgTools(config.binaries(), config.connection());
        this.clock = clock;
    }

    public StoredBackup run(BackupType type) {
        PendingBackup pending = repository.begin(type.label(), clock.instant());
        try {
            ServerInfo server = serverInfo();
            BackupManifest manifest = type == BackupType.LOGICAL ? logical(pending, server) : physical(pending, server);
            StoredBackup stored = repository.commit(pending, manifest);
            repository.history().record(HistoryEvent.success(stored.id(), type, manifest.endTime()));
            log.info("Backup {} complete: {} bytes", stored.id(), manifest.totalBytes());
            return stored;
        } catch (RuntimeException e) {
            repository.abort(pending);
            repository.history().record(HistoryEvent.failure(pending.id(), type, clock.instant(), e.getMessage()));
            throw new BackupFailedException("Backup " + pending.id() + " failed: " + e.getMessage(), e);
        }
    }

    private ServerInfo serverInfo() {
        try (Connection c = Database.connect(config.connection())) {
            return ServerInfo.query(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + config.connection() + ": " + e.getMessage(), e);
        }
    }

    private BackupManifest logical(PendingBackup pending, ServerInfo server) {
        String db = config.connection().database();
        // The roles are dumped beside the database, not before it: the backup takes as long as pg_dump alone.
        FutureTask<FileEntry> globals = new FutureTask<>(() -> stream(pending, GLOBALS_FILE, fifo -> tools.command("pg_dumpall",
                List.of("--globals-only", "--no-password", "--no-sync", "-l", db, "-f", fifo))));
        Thread globalsThread = new Thread(globals, "dump-globals");
        globalsThread.setDaemon(true);
        globalsThread.start();
        FileEntry dump;
        try {
            dump = stream(pending, DUMP_FILE, fifo -> tools.command("pg_dump",
                    List.of("--format=custom", "--no-password", "--no-sync", "-f", fifo, "-d", db)));
        } catch (RuntimeException e) {
            try {
                globals.get();
            } catch (ExecutionException | InterruptedException ignored) {
                // pg_dump's failure is the one to report
            }
            throw e;
        }
        List<FileEntry> files = List.of(await(globals), dump);
        return manifest(pending, server, BackupType.LOGICAL, null, null, "pg_dump default", files);
    }

    private static FileEntry await(FutureTask<FileEntry> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private BackupManifest physical(PendingBackup pending, ServerInfo server) {
        Compression compression = config.physicalCompression();
        String name = BASE_TAR + compression.suffix();
        ProcessResult[] result = new ProcessResult[1];
        List<FileEntry> files = new ArrayList<>();
        files.add(stream(pending, name, result, fifo -> StreamCapture.stdoutTo(java.nio.file.Path.of(fifo),
                tools.command("pg_basebackup", List.of("--format=tar", "--wal-method=fetch", "--pgdata=-",
                        "--compress=" + compression.pgBaseBackupArgument(), "--checkpoint=fast", "--verbose",
                        "--no-password", "--no-sync", "--label=stoika-ops " + pending.id())))));
        String stderr = result[0].stderr();
        Matcher start = WAL_START.matcher(stderr);
        Matcher end = WAL_END.matcher(stderr);
        if (!start.find() || !end.find()) {
            throw new IllegalStateException("pg_basebackup did not report its WAL start and end points: " + stderr.strip());
        }
        ServerInfo onTimeline = new ServerInfo(server.version(), server.versionNum(), server.major(),
                server.systemIdentifier(), Integer.parseInt(start.group(2)));
        return manifest(pending, onTimeline, BackupType.PHYSICAL, start.group(1), end.group(1),
                compression.name().toLowerCase(java.util.Locale.ROOT), files);
    }

    private BackupManifest manifest(PendingBackup pending, ServerInfo server, BackupType type, String startLsn,
                                    String stopLsn, String compression, List<FileEntry> files) {
        long total = files.stream().mapToLong(FileEntry::bytes).sum();
        return new BackupManifest(BackupManifest.FORMAT, pending.id(), type, BackupManifest.COMPLETE, pending.start(),
                clock.instant(), ToolVersion.get(), server.version(), server.major(), server.systemIdentifier(),
                server.timeline(), startLsn, stopLsn, config.connection().database(), compression, total, files);
    }

    private FileEntry stream(PendingBackup pending, String name, java.util.function.Function<String, List<String>> command) {
        return stream(pending, name, new ProcessResult[1], command);
    }

    private FileEntry stream(PendingBackup pending, String name, ProcessResult[] result,
                             java.util.function.Function<String, List<String>> command) {
        java.nio.file.Path fifo = pending.file("." + name + ".fifo");
        try {
            HashingOutputStream out = HashingOutputStream.create(pending.file(name));
            try {
                result[0] = StreamCapture.run(tools.runner(), command.apply(fifo.toString()), fifo, out, PgTools.LONG);
            } finally {
                out.close();
            }
            return out.entry();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing " + name + ": " + e.getMessage(), e);
        }
    }

}
