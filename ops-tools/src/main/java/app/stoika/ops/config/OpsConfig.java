package app.stoika.ops.config;

import java.nio.file.Path;
import java.util.Objects;

import app.stoika.db.cluster.PgBinaries;

/**
 * Everything the tools need, loaded once at start and validated: {@link ConfigLoader} builds it.
 *
 * @param connection          the POS database
 * @param repository          the directory that holds one sub-directory per backup
 * @param binaries            the PostgreSQL programs (pg_dump, pg_basebackup, ...)
 * @param physicalCompression compression of physical backups
 * @param retention           what {@code backup rotate} keeps
 * @param scratchDir          where scratch clusters and extracted backups go; the server's OS user must be
 *                            able to enter it
 */
public record OpsConfig(ConnectionSettings connection, Path repository, PgBinaries binaries,
                        Compression physicalCompression, Retention retention, Path scratchDir) {
    public OpsConfig {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(repository, "repository.dir");
        Objects.requireNonNull(binaries, "postgres.bin-dir");
        Objects.requireNonNull(physicalCompression, "backup.physical.compression");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(scratchDir, "scratch.dir");
        repository = repository.toAbsolutePath().normalize();
        scratchDir = scratchDir.toAbsolutePath().normalize();
    }

    public OpsConfig withRetention(Retention other) {
        return new OpsConfig(connection, repository, binaries, physicalCompression, other, scratchDir);
    }
}
