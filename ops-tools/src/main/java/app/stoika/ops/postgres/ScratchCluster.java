package app.stoika.ops.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import app.stoika.db.cluster.LocalCluster;
import app.stoika.db.cluster.PgBinaries;
import app.stoika.ops.config.ConnectionSettings;

/** A short-lived cluster for restore drills: fresh (for logical backups) or started from a restored PGDATA. */
public final class ScratchCluster implements AutoCloseable {
    private final LocalCluster cluster;
    private final ConnectionSettings source;

    private ScratchCluster(LocalCluster cluster, ConnectionSettings source) {
        this.cluster = cluster;
        this.source = source;
    }

    /** A new, empty, non-durable cluster whose superuser has the source connection's user name. */
    public static ScratchCluster fresh(Path baseDir, PgBinaries binaries, ConnectionSettings source) {
        LocalCluster cluster = LocalCluster.builder(baseDir).binaries(binaries).superuser(source.user())
                .nonDurable().build();
        cluster.start();
        return new ScratchCluster(cluster, new ConnectionSettings(cluster.host(), cluster.port(), source.database(), source.user(), null));
    }

    /**
     * Starts a restored data directory ({@code baseDir/data}) as a private server: its own port and socket,
     * no WAL archiving (so a drill never writes into the production archive).
     */
    public static ScratchCluster fromRestoredData(Path baseDir, PgBinaries binaries, ConnectionSettings source) {
        Path data = baseDir.resolve("data");
        includeStoikaSettings(data);
        Scratch.handToServer(data);
        Scratch.handDirectoryToServer(baseDir);
        LocalCluster cluster = LocalCluster.builder(baseDir).binaries(binaries).superuser(source.user())
                .password(source.password()).nonDurable().setting("archive_mode", "off").build();
        cluster.start();
        return new ScratchCluster(cluster, new ConnectionSettings(cluster.host(), cluster.port(), source.database(),
                source.user(), source.password()));
    }

    /** The same connection settings as the source, pointing at this cluster. */
    public ConnectionSettings connection() {
        return source;
    }

    public LocalCluster cluster() {
        return cluster;
    }

    @Override
    public void close() {
        cluster.stop(LocalCluster.StopMode.IMMEDIATE);
    }

    /** LocalCluster writes its port and socket settings to stoika.conf; make sure postgresql.conf reads it. */
    private static void includeStoikaSettings(Path data) {
        Path conf = data.resolve("postgresql.conf");
        try {
            String text = Files.exists(conf) ? Files.readString(conf, StandardCharsets.UTF_8) : "";
            if (!text.contains("include_if_exists = 'stoika.conf'")) {
                Files.writeString(conf, "\ninclude_if_exists = 'stoika.conf'\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
