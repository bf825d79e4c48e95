package app.stoika.ops.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import app.stoika.db.cluster.LocalCluster;
import app.stoika.db.process.ProcessRunner;
import app.stoika.ops.cli.Main;
import app.stoika.ops.postgres.Scratch;
import app.stoika.ops.storage.BackupRepository;

/**
 * ops-tools against the bare PostgreSQL tools and pgBackRest, on a durable cluster holding a pgbench
 * scale-50 database and a less compressible café-like one. Run with
 * {@code ./mvnw -B -Pbenchmark -pl ops-tools -am verify -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class BackupBenchmark {
    static final int RUNS = 3;
    static final Duration LONG = Duration.ofHours(1);
    final ProcessRunner local = ProcessRunner.local();
    Path dir;
    LocalCluster cluster;
    Path config;
    boolean pgBackRest;
    int counter;

    @Test
    void backupAndRestoreAgainstBareToolsAndPgBackRest() throws Exception {
        dir = Files.createTempDirectory(Path.of("/tmp"), "stoika-bench-");
        dir.toFile().setExecutable(true, false);
        pgBackRest = local.run(List.of("sh", "-c", "command -v pgbackrest"), null, Duration.ofSeconds(10)).succeeded();
        int port = freePort();
        LocalCluster.Builder b = LocalCluster.builder(dir.resolve("pg")).port(port)
                .setting("shared_buffers", "'256MB'").setting("max_wal_size", "'2GB'");
        if (pgBackRest) {
            b.setting("archive_mode", "on").setting("archive_command",
                    "'pgbackrest --config=" + dir.resolve("pgbackrest.conf") + " --stanza=bench archive-push %p'");
        }
        cluster = b.build();
        Measurements m = new Measurements();
        try {
            cluster.start();
            if (pgBackRest) {
                setUpPgBackRest();
            } else {
                m.note("pgBackRest is not installed (apt-get install pgbackrest): its rows are skipped");
            }
            System.out.println("Loading pgbench scale 50 and a café-like database...");
            execute("postgres", "create database pgbench");
            local.runChecked(List.of(tool("pgbench"), "-h", cluster.host(), "-p", "" + port, "-U", cluster.superuser(),
                    "-i", "-s", "50", "-q", "pgbench"), null, LONG);
            loadCafe();
            execute("postgres", "checkpoint");
            logical(m, "pgbench");
            logical(m, "cafe");
            physical(m);
            String table = m.table("ops-tools vs bare tools and pgBackRest (PostgreSQL " + cluster.binaries().majorVersion()
                    + ", durable cluster, " + RUNS + " runs, wall time)");
            System.out.println(table);
            Files.writeString(Path.of("target", "backup-benchmark.txt"), table);
        } finally {
            cluster.destroy();
            BackupRepository.deleteTree(dir);
        }
    }

    private void logical(Measurements m, String db) throws Exception {
        writeConfig(db, "lz4");
        String bare = db + ": bare pg_dump -Fc";
        String ops = db + ": ops-tools backup create --type logical";
        String bareRestore = db + ": bare createdb + pg_restore";
        String opsRestore = db + ": ops-tools restore --into";
        m.compare(ops, bare);
        m.compare(opsRestore, bareRestore);
        Path dump = dir.resolve("bare.dump");
        String id = null;
        for (int i = 0; i < RUNS; i++) {
            Files.deleteIfExists(dump);
            m.time(bare, () -> local.runChecked(List.of(tool("pg_dump"), "-h", cluster.host(), "-p", "" + cluster.port(),
                    "-U", cluster.superuser(), "-Fc", "-f", dump.toString(), db), null, LONG));
            m.size(bare, Files.size(dump));
            String[] out = new String[1];
            m.time(ops, () -> out[0] = ops("backup", "create", "--type", "logical"));
            id = out[0].strip();
            m.size(ops, directorySize(dir.resolve("repo").resolve(id)));
        }
        for (int i = 0; i < RUNS; i++) {
            String target = "r" + (++counter);
            m.time(bareRestore, () -> {
                execute("postgres", "create database " + target + " template template0");
                local.runChecked(List.of(tool("pg_restore"), "-h", cluster.host(), "-p", "" + cluster.port(),
                        "-U", cluster.superuser(), "--exit-on-error", "-d", target, dump.toString()), null, LONG);
            });
            execute("postgres", "drop database " + target);
            String backup = id;
            m.time(opsRestore, () -> ops("restore", backup, "--into", target));
            execute("postgres", "drop database " + target);
        }
    }

    private void physical(Measurements m) throws Exception {
        String bareClient = "cluster: bare pg_basebackup -Ft -X fetch client-lz4";
        String bareServer = "cluster: bare pg_basebackup -Ft -X fetch server-lz4";
        String opsLz4 = "cluster: ops-tools backup create --type physical (lz4)";
        String opsZstd = "cluster: ops-tools backup create --type physical (zstd)";
        String pgbr = "cluster: pgBackRest full backup (lz4, process-max 1)";
        String opsRestore = "cluster: ops-tools restore --pgdata (lz4)";
        String pgbrRestore = "cluster: pgBackRest restore";
        m.compare(opsLz4, bareClient);
        m.compare(bareServer, bareClient);
        m.compare(opsZstd, opsLz4);
        m.compare(pgbr, opsLz4);
        m.compare(opsRestore, pgbrRestore);
        String id = null;
        for (int i = 0; i < RUNS; i++) {
            for (String compression : List.of("client-lz4", "server-lz4")) {
                Path target = dir.resolve("bb" + (++counter));
                m.time(compression.startsWith("client") ? bareClient : bareServer, () -> local.runChecked(List.of(
                        tool("pg_basebackup"), "-h", cluster.host(), "-p", "" + cluster.port(), "-U", cluster.superuser(),
                        "-D", target.toString(), "-Ft", "-X", "fetch", "--compress=" + compression, "--checkpoint=fast"), null, LONG));
                m.size(compression.startsWith("client") ? bareClient : bareServer, directorySize(target));
                BackupRepository.deleteTree(target);
            }
            writeConfig("pgbench", "lz4");
            String[] out = new String[1];
            m.time(opsLz4, () -> out[0] = ops("backup", "create", "--type", "physical"));
            id = out[0].strip();
            m.size(opsLz4, directorySize(dir.resolve("repo").resolve(id)));
            writeConfig("pgbench", "zstd");
            m.time(opsZstd, () -> out[0] = ops("backup", "create", "--type", "physical"));
            m.size(opsZstd, directorySize(dir.resolve("repo").resolve(out[0].strip())));
            BackupRepository.deleteTree(dir.resolve("repo").resolve(out[0].strip()));
            if (pgBackRest) {
                m.time(pgbr, () -> pgBackRest("--type=full", "backup"));
            }
        }
        if (pgBackRest) {
            m.size(pgbr, directorySize(dir.resolve("pgbr-repo").resolve("backup")) / RUNS);
        }
        writeConfig("pgbench", "lz4");
        for (int i = 0; i < RUNS; i++) {
            Path target = dir.resolve("restore" + (++counter));
            String backup = id;
            m.time(opsRestore, () -> ops("restore", backup, "--pgdata", target.toString()));
            BackupRepository.deleteTree(target);
            if (pgBackRest) {
                Path pgbrTarget = dir.resolve("restore" + (++counter));
                m.time(pgbrRestore, () -> pgBackRest("--pg1-path=" + pgbrTarget, "restore"));
                BackupRepository.deleteTree(pgbrTarget);
            }
        }
    }

    private void setUpPgBackRest() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("pgbr-repo"));
        Path logs = Files.createDirectories(dir.resolve("pgbr-log"));
        Path lock = Files.createDirectories(dir.resolve("pgbr-lock"));
        for (Path p : List.of(repo, logs, lock)) {
            Scratch.handDirectoryToServer(p);
        }
        String socketDir = Files.exists(cluster.baseDir().resolve("run")) ? cluster.baseDir().resolve("run").toString() : "/tmp";
        Files.writeString(dir.resolve("pgbackrest.conf"), "[global]\nrepo1-path=" + repo + "\nrepo1-retention-full=9\n"
                + "compress-type=lz4\ncompress-level=1\nprocess-max=1\nstart-fast=y\nlog-level-console=warn\nlog-level-file=off\n"
                + "log-path=" + logs + "\nlock-path=" + lock + "\n\n[bench]\npg1-path=" + cluster.dataDir() + "\npg1-port="
                + cluster.port() + "\npg1-socket-path=" + socketDir + "\npg1-user=" + cluster.superuser() + "\n");
        pgBackRest("stanza-create");
    }

    private void pgBackRest(String... args) {
        List<String> cmd = new ArrayList<>(List.of("pgbackrest", "--config=" + dir.resolve("pgbackrest.conf"), "--stanza=bench"));
        cmd.addAll(List.of(args));
        if (cmd.contains("restore")) {
            try {
                Path target = Path.of(cmd.stream().filter(a -> a.startsWith("--pg1-path=")).findFirst().orElseThrow().substring(11));
                Files.createDirectories(target);
                Scratch.handToServer(target);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        cluster.runner().runChecked(cmd, cluster.baseDir(), LONG);
    }

    private void loadCafe() {
        execute("postgres", "create database cafe");
        execute("cafe", "create table sale (id bigint primary key, sold_at timestamptz not null, cashier text not null, "
                + "item text not null, qty numeric(8,3) not null, price numeric(12,2) not null, customer_phone text, note text)");
        execute("cafe", "insert into sale select g, timestamptz '2025-01-01' + g * interval '7 seconds', "
                + "'кассир ' || (g % 17), (array['капучино','латте','раф','американо','чай','круассан','чизкейк'])[1 + g % 7] "
                + "|| ' ' || (random() * 1000)::int, round((random() * 3)::numeric, 3), round((random() * 900)::numeric, 2), "
                + "'+79' || lpad(((random() * 999999999)::bigint)::text, 9, '0'), substr(md5(random()::text) || md5(random()::text), 1, (random() * 60)::int) "
                + "from generate_series(1, 2500000) g");
        execute("cafe", "create index on sale (sold_at)");
        execute("cafe", "vacuum analyze sale");
    }

    private String ops(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", config.toString()));
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), Clock.systemUTC());
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private void writeConfig(String db, String compression) throws IOException {
        config = dir.resolve("ops.properties");
        Files.writeString(config, "connection.host=" + cluster.host() + "\nconnection.port=" + cluster.port()
                + "\nconnection.database=" + db + "\nconnection.user=" + cluster.superuser() + "\nrepository.dir="
                + dir.resolve("repo") + "\nscratch.dir=" + dir.resolve("scratch") + "\npostgres.bin-dir="
                + cluster.binaries().binDir() + "\nbackup.physical.compression=" + compression + "\n");
    }

    private void execute(String db, String sql) {
        try (Connection c = cluster.connect(db); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private String tool(String name) {
        return cluster.binaries().toolPath(name);
    }

    private static long directorySize(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

}
