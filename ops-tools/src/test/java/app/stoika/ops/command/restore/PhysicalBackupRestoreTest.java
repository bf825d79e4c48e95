package app.stoika.ops.command.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.node.ObjectNode;

import app.stoika.db.cluster.LocalCluster;
import app.stoika.ops.cli.ExitCodes;
import app.stoika.ops.postgres.Lsn;
import app.stoika.ops.postgres.Scratch;
import app.stoika.ops.storage.BackupManifest;
import app.stoika.ops.storage.BackupRepository;
import app.stoika.ops.storage.Json;
import app.stoika.ops.support.OpsFixture;
import app.stoika.ops.support.Snapshot;

/** Physical backups: pg_basebackup tar with WAL, verified, restored into an empty directory and started. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PhysicalBackupRestoreTest {
    static OpsFixture f;
    static String backupId;
    static Snapshot atBackup;

    @BeforeAll
    static void backUpTheCluster() {
        f = OpsFixture.start(true);
        atBackup = f.snapshot(OpsFixture.DB);
        backupId = f.backup("physical");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    @Order(1)
    void theManifestRecordsLsnsTimelineAndTheCompressedTar() {
        BackupManifest m = f.repo().find(backupId).orElseThrow().manifest();
        assertThat(m.complete()).isTrue();
        assertThat(m.files()).extracting("name").containsExactly("base.tar.lz4");
        assertThat(Lsn.parse(m.stopLsn())).isGreaterThanOrEqualTo(Lsn.parse(m.startLsn()));
        assertThat(m.timeline()).isEqualTo(1);
        assertThat(m.compression()).isEqualTo("lz4");
    }

    @Test
    @Order(2)
    void verifyRunsPgVerifybackupAndTheDeepDrillStartsTheBackup() {
        String out = f.ok("backup", "verify", backupId, "--deep");
        assertThat(out).contains("pg_verifybackup").contains("backup successfully verified")
                .contains("deep restore").doesNotContain("FAILED");
    }

    @Test
    @Order(3)
    void theRestoredDirectoryStartsAsAWorkingServerWithTheData() throws Exception {
        f.execute(OpsFixture.DB, "delete from pos.setting where key = 'currency'");
        Path base = f.dir.resolve("restored");
        Files.createDirectories(base);
        base.toFile().setExecutable(true, false);

        f.ok("restore", backupId, "--pgdata", base.resolve("data").toString());

        Scratch.handDirectoryToServer(base);
        try (LocalCluster restored = LocalCluster.builder(base).binaries(f.cluster.binaries()).build()) {
            restored.start();
            Snapshot s = Snapshot.of(restored, OpsFixture.DB);
            assertThat(s.tableDigests()).isEqualTo(atBackup.tableDigests());
            assertThat(s.schema()).isEqualTo(atBackup.schema());
            try (var c = restored.connect(OpsFixture.DB); var st = c.createStatement()) {
                st.execute("insert into pos.setting (key, value) values ('restored.ok', 'yes')");
            }
        }
    }

    @Test
    @Order(4)
    void aNonEmptyTargetDirectoryIsRefusedUntouched() throws Exception {
        Path target = f.dir.resolve("occupied");
        Files.createDirectories(target);
        Files.writeString(target.resolve("keep.txt"), "mine");

        OpsFixture.Run r = f.ops("restore", backupId, "--pgdata", target.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.err()).contains("is not empty");
        try (var entries = Files.list(target)) {
            assertThat(entries).containsExactly(target.resolve("keep.txt"));
        }
    }

    @Test
    @Order(5)
    void aBackupFromANewerMajorOrWithAnUnparsableManifestIsRefused() throws Exception {
        Path manifest = f.repo().find(backupId).orElseThrow().file(BackupRepository.MANIFEST);
        String original = Files.readString(manifest);
        ObjectNode json = (ObjectNode) Json.MAPPER.readTree(original);
        json.put("serverMajor", 99);
        Files.writeString(manifest, Json.MAPPER.writeValueAsString(json));
        Path target = f.dir.resolve("newer");

        OpsFixture.Run newer = f.ops("restore", backupId, "--pgdata", target.toString());
        Files.writeString(manifest, original.substring(0, original.length() / 2));
        OpsFixture.Run torn = f.ops("restore", backupId, "--pgdata", target.toString());
        OpsFixture.Run list = f.ops("backup", "list");
        Files.writeString(manifest, original);

        assertThat(newer.exitCode()).as(newer.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(newer.err()).contains("PostgreSQL 99");
        assertThat(torn.exitCode()).as(torn.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(torn.err()).contains("manifest.json does not parse");
        assertThat(list.out()).contains("damaged");
        assertThat(target).doesNotExist();
    }
}
