package app.stoika.ops.command.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.stoika.ops.storage.HistoryEvent;
import app.stoika.ops.support.OpsFixture;

/**
 * A backup run killed half-way (kill -9 of the ops-tools JVM while pg_dump waits for a table lock) leaves
 * nothing that list shows or rotation counts, and the next run removes the leftovers.
 */
class InterruptedBackupTest {
    static OpsFixture f;

    @BeforeAll
    static void start() {
        f = OpsFixture.start(true);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void aKilledBackupIsNeverListedAndTheNextRunCleansUp() throws Exception {
        Process run;
        try (Connection blocker = f.cluster.connect(OpsFixture.DB); Statement s = blocker.createStatement()) {
            // Setup: a session holds a lock that makes pg_dump wait half-way through the backup.
            blocker.setAutoCommit(false);
            s.execute("lock table pos.customer in access exclusive mode");
            run = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    "app.stoika.ops.cli.Main", "backup", "create", "--type", "logical", "--config", f.configFile.toString())
                    .redirectErrorStream(true).redirectOutput(f.dir.resolve("killed-run.log").toFile()).start();
            Path leftover = waitForIncompleteDump(Duration.ofSeconds(30));

            // Fault: the whole ops-tools process dies.
            run.destroyForcibly().waitFor();

            // What must hold: nothing complete, nothing listed, the leftover still on disk.
            assertThat(leftover).exists();
            assertThat(f.repo().list()).noneMatch(b -> b.dir().equals(leftover));
            assertThat(f.repo().complete()).isEmpty();
            assertThat(f.ok("backup", "list")).contains("No backups");
            assertThat(f.ok("backup", "rotate", "--dry-run")).contains("No complete backups");
            blocker.rollback();
        }

        String id = f.backup("logical");

        assertThat(f.repo().complete()).extracting("id").contains(id);
        try (Stream<Path> entries = Files.list(f.repository)) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
        List<HistoryEvent> history = f.repo().history().events();
        assertThat(history.subList(history.size() - 2, history.size())).extracting(HistoryEvent::outcome)
                .containsExactly(HistoryEvent.FAILURE, HistoryEvent.SUCCESS);
        assertThat(f.ok("backup", "stats")).contains("Last failure");
    }

    @Test
    void aFailedBackupLeavesNothingBehindAndReportsWhatPostgresSaid() throws Exception {
        f.writeConfig("");
        String config = Files.readString(f.configFile).replace("connection.database=" + OpsFixture.DB, "connection.database=no_such_db");
        Files.writeString(f.configFile, config);
        try {
            OpsFixture.Run r = f.ops("backup", "create", "--type", "physical");

            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).contains("no_such_db").contains("does not exist");
            try (Stream<Path> entries = Files.list(f.repository)) {
                assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
            }
            List<HistoryEvent> history = f.repo().history().events();
            assertThat(history.get(history.size() - 1).outcome()).isEqualTo(HistoryEvent.FAILURE);
        } finally {
            f.writeConfig("");
        }
    }

    private static Path waitForIncompleteDump(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> dirs = Files.list(f.repository)) {
                for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(".incomplete-")).toList()) {
                    if (Files.exists(dir.resolve("globals.sql")) && Files.exists(dir.resolve("database.dump"))) {
                        Thread.sleep(500);
                        return dir;
                    }
                }
            } catch (java.io.IOException e) {
                // the repository does not exist yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The backup run never got going");
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
