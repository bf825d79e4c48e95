package app.stoika.ops.command.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.stoika.ops.cli.Main;
import app.stoika.ops.config.Retention;
import app.stoika.ops.storage.BackupManifest;
import app.stoika.ops.storage.BackupRepository;
import app.stoika.ops.storage.BackupType;
import app.stoika.ops.storage.Json;
import app.stoika.ops.storage.StoredBackup;

/** Rotation over a series of backups with faked dates keeps exactly what the policy says. */
class RotateBackupsTest {
    static final Instant NOW = Instant.parse("2026-03-31T23:00:00Z");

    @TempDir
    Path repo;

    @BeforeEach
    void aSeriesOfBackups() throws IOException {
        fake("a", BackupType.LOGICAL, "2026-03-31T20:00:00Z", true);   // Tue, ISO week 14
        fake("b", BackupType.LOGICAL, "2026-03-31T08:00:00Z", true);   // same day, older
        fake("c", BackupType.LOGICAL, "2026-03-30T08:00:00Z", true);   // Mon, week 14
        fake("d", BackupType.LOGICAL, "2026-03-29T08:00:00Z", true);   // Sun, week 13
        fake("e", BackupType.LOGICAL, "2026-03-25T08:00:00Z", true);   // Wed, week 13
        fake("f", BackupType.LOGICAL, "2026-03-15T08:00:00Z", true);   // week 11
        fake("g", BackupType.LOGICAL, "2026-02-20T08:00:00Z", true);
        fake("h", BackupType.LOGICAL, "2026-01-10T08:00:00Z", true);
        fake("z-failed", BackupType.LOGICAL, "2026-03-31T22:00:00Z", false);  // newest, but not complete
        fake("p1", BackupType.PHYSICAL, "2026-01-01T08:00:00Z", true);  // the only physical backup
        Path incomplete = Files.createDirectories(repo.resolve(".incomplete-x"));
        Files.writeString(incomplete.resolve("owner.pid"), Long.toString(ProcessHandle.current().pid()));
    }

    @Test
    void generationsKeepTheNewestOfEachDayWeekAndMonth() {
        Retention policy = new Retention(1, 0, 2, 2, 3);

        List<RotateBackups.Decision> plan = new RotateBackups(policy, ZoneOffset.UTC).apply(new BackupRepository(repo), NOW);

        assertThat(ids(new BackupRepository(repo).list())).containsExactlyInAnyOrder("a", "c", "d", "g", "h", "p1", "z-failed");
        assertThat(plan).filteredOn(d -> !d.keep()).extracting(RotateBackups.Decision::id).containsExactlyInAnyOrder("b", "e", "f");
        assertThat(reasons(plan, "a")).contains("newest complete backup", "among the newest 1", "daily generation 2026-03-31",
                "weekly generation 2026-W14", "monthly generation 2026-03");
        assertThat(reasons(plan, "d")).containsExactly("weekly generation 2026-W13");
        assertThat(reasons(plan, "h")).containsExactly("monthly generation 2026-01");
        assertThat(reasons(plan, "p1")).contains("newest complete backup");
        assertThat(reasons(plan, "b")).containsExactly("no retention rule keeps it");
        assertThat(repo.resolve(".incomplete-x")).exists();
    }

    @Test
    void ageKeepsEverythingYoungerThanTheLimitAndTheNewestAlwaysStays() {
        List<RotateBackups.Decision> byAge = new RotateBackups(new Retention(0, 10, 0, 0, 0), ZoneOffset.UTC)
                .plan(new BackupRepository(repo).list(), NOW);
        assertThat(byAge).filteredOn(RotateBackups.Decision::keep).extracting(RotateBackups.Decision::id)
                .containsExactlyInAnyOrder("a", "b", "c", "d", "e", "p1");

        List<RotateBackups.Decision> nothing = new RotateBackups(new Retention(0, 0, 0, 0, 0), ZoneOffset.UTC)
                .plan(new BackupRepository(repo).list(), NOW);
        assertThat(nothing).filteredOn(RotateBackups.Decision::keep).extracting(RotateBackups.Decision::id)
                .containsExactlyInAnyOrder("a", "p1");
    }

    @Test
    void dryRunShowsWhatWouldGoAndWhyAndDeletesNothing() throws IOException {
        Path config = repo.resolveSibling(repo.getFileName() + ".properties");
        Files.writeString(config, "connection.host=127.0.0.1\nconnection.database=cafe\nconnection.user=stoika\n"
                + "repository.dir=" + repo + "\nretention.keep-last=1\nretention.keep-days=0\nretention.keep-daily=2\n"
                + "retention.keep-weekly=2\nretention.keep-monthly=3\n");
        var out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"backup", "rotate", "--dry-run", "--config", config.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Map.of(), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(code).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("would delete").contains("no retention rule keeps it").contains("weekly generation");
        assertThat(new BackupRepository(repo).list()).hasSize(10);
    }

    private void fake(String id, BackupType type, String start, boolean complete) throws IOException {
        Path dir = Files.createDirectories(repo.resolve(id));
        Instant t = Instant.parse(start);
        BackupManifest m = new BackupManifest(1, id, type, complete ? "complete" : "failed", t, t.plusSeconds(60), "test",
                "15.18", 15, "1", 1, null, null, "cafe", null, 0, List.of());
        Files.write(dir.resolve(BackupRepository.MANIFEST), Json.MAPPER.writeValueAsBytes(m));
    }

    private static List<String> ids(List<StoredBackup> backups) {
        return backups.stream().map(StoredBackup::id).toList();
    }

    private static List<String> reasons(List<RotateBackups.Decision> plan, String id) {
        return plan.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().reasons();
    }
}
