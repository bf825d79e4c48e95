package app.stoika.ops.postgres;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import app.stoika.db.process.ProcessRunner;
import app.stoika.ops.config.Compression;

/** Unpacks a physical backup's tar (plain, lz4, gzip or zstd) with the system's tar. */
public final class TarArchive {
    private TarArchive() {
    }

    public static void extract(ProcessRunner runner, Path archive, Path targetDir) {
        Compression compression = Compression.fromFileName(archive.getFileName().toString());
        List<String> cmd = new ArrayList<>(List.of("tar", "-x", "-f", archive.toString(), "-C", targetDir.toString()));
        if (compression.program() != null) {
            cmd.addAll(List.of("-I", compression.program()));
        }
        runner.runChecked(cmd, null, PgTools.LONG);
    }
}
