package app.stoika.ops.command.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import app.stoika.ops.cli.ExitCodes;
import app.stoika.ops.storage.BackupManifest;
import app.stoika.ops.storage.Json;
import app.stoika.ops.storage.StoredBackup;
import app.stoika.ops.support.OpsFixture;
import app.stoika.ops.support.Snapshot;

/**
 * Logical backups of the demo café on a real cluster: backup, change, restore, compare; single tables;
 * damaged files; the replacing restore.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LogicalBackupRestoreTest {
    static OpsFixture f;
    static String backupId;
    static Snapshot atBackup;

    @BeforeAll
    static void backUpTheCafe() {
        f = OpsFixture.start(true);
        atBackup = f.snapshot(OpsFixture.DB);
        backupId = f.backup("logical");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static void changeData() {
        f.execute(OpsFixture.DB, "update pos.customer set name = name || ' II'");
        f.execute(OpsFixture.DB, "update pos.setting set value = 'USD' where key = 'currency'");
        f.execute(OpsFixture.DB, "insert into pos.setting (key, value) values ('added.later', '1')");
    }

    @Test
    @Order(1)
    void theBackupIsListedCompleteWithChecksumsAndServerFacts() throws Exception {
        StoredBackup b = f.repo().find(backupId).orElseThrow();
        BackupManifest m = b.manifest();
        assertThat(m.complete()).isTrue();
        assertThat(m.files()).extracting("name").containsExactlyInAnyOrder("database.dump", "globals.sql");
        assertThat(m.files()).allSatisfy(file -> assertThat(file.sha256()).hasSize(64));
        assertThat(m.serverMajor()).isEqualTo(f.cluster.binaries().majorVersion());
        assertThat(m.systemIdentifier()).matches("\\d+");
        assertThat(m.database()).isEqualTo(OpsFixture.DB);
        assertThat(m.endTime()).isAfterOrEqualTo(m.startTime());

        String table = f.ok("backup", "list");
        assertThat(table).contains(backupId).contains("logical").contains("complete");
        JsonNode json = Json.MAPPER.readTree(f.ok("backup", "list", "--json"));
        assertThat(json.get(0).get("id").asText()).isEqualTo(backupId);
        assertThat(json.get(0).get("status").asText()).isEqualTo("complete");
        assertThat(f.ok("backup", "verify", backupId)).contains("pg_restore --list").doesNotContain("FAILED");
        assertThat(f.ok("backup", "stats")).contains("logical");
    }

    @Test
    @Order(2)
    void restoreIntoANewDatabaseMatchesTheOriginalAfterTheLiveOneChanged() {
        changeData();
        assertThat(f.snapshot(OpsFixture.DB)).isNotEqualTo(atBackup);

        f.ok("restore", backupId, "--into", "cafe_copy");

        Snapshot restored = f.snapshot("cafe_copy");
        assertThat(restored.schema()).isEqualTo(atBackup.schema());
        assertThat(restored.tableDigests()).isEqualTo(atBackup.tableDigests());
        assertThat(f.ops("restore", backupId, "--into", "cafe_copy").exitCode()).isEqualTo(ExitCodes.REFUSED);
    }

    @Test
    @Order(3)
    void aSingleTableRestoreLeavesOtherTablesUntouched() {
        Snapshot before = f.snapshot(OpsFixture.DB);

        f.ok("restore", backupId, "--table", "pos.setting");

        Snapshot after = f.snapshot(OpsFixture.DB);
        assertThat(after.tableDigests().get("pos.setting")).isEqualTo(atBackup.tableDigests().get("pos.setting"));
        assertThat(after.tableDigests().get("pos.customer")).isEqualTo(before.tableDigests().get("pos.customer"))
                .isNotEqualTo(atBackup.tableDigests().get("pos.customer"));
        after.tableDigests().forEach((table, digest) -> {
            if (!table.equals("pos.setting")) {
                assertThat(digest).as(table).isEqualTo(before.tableDigests().get(table));
            }
        });
    }

    @Test
    @Order(4)
    void aTableCanBeRestoredBesideTheLiveDatabase() {
        f.ok("restore", backupId, "--table", "customer", "--into", "cafe_customers");

        Snapshot beside = f.snapshot("cafe_customers");
        assertThat(beside.tableDigests().get("pos.customer")).isEqualTo(atBackup.tableDigests().get("pos.customer"));
        assertThat(beside.tableDigests().get("pos.product")).startsWith("0:");
        assertThat(f.ops("restore", backupId, "--table", "no_such_table").exitCode()).isEqualTo(ExitCodes.REFUSED);
    }

    @Test
    @Order(5)
    void replacingWithoutConfirmationChangesNothing() {
        Snapshot before = f.snapshot(OpsFixture.DB);
        int backups = f.repo().list().size();

        OpsFixture.Run r = f.ops("restore", backupId, "--replace");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.NOT_CONFIRMED);
        assertThat(r.err()).contains("not confirmed");
        assertThat(f.snapshot(OpsFixture.DB)).isEqualTo(before);
        assertThat(f.repo().list()).hasSize(backups);
    }

    @Test
    @Order(6)
    void replacingTakesASafetyBackupAndSwapsInTheRestoredDatabase() {
        Snapshot before = f.snapshot(OpsFixture.DB);
        int backups = f.repo().complete().size();

        String out = f.ok("restore", backupId, "--replace", "--yes");

        assertThat(out).contains("safety backup");
        assertThat(f.repo().complete()).hasSize(backups + 1);
        Snapshot now = f.snapshot(OpsFixture.DB);
        assertThat(now.tableDigests()).isEqualTo(atBackup.tableDigests());
        assertThat(now.schema()).isEqualTo(atBackup.schema());
        assertThat(f.count("postgres", "select count(*) from pg_database where datname like 'cafe\\_re%'")).isZero();
        // the safety backup holds what was live before
        String safety = f.repo().complete().get(0).id();
        f.ok("restore", safety, "--into", "cafe_before");
        assertThat(f.snapshot("cafe_before").tableDigests()).isEqualTo(before.tableDigests());
    }

    @Test
    @Order(7)
    void deepVerifyRestoresIntoAScratchClusterAndFindsRows() {
        String out = f.ok("backup", "verify", backupId, "--deep");
        assertThat(out).contains("deep restore").contains("with rows").doesNotContain("FAILED");
    }

    @Test
    @Order(8)
    void aFlippedByteMakesVerifyFailAndRestoreRefuse() throws Exception {
        Path dump = f.repo().find(backupId).orElseThrow().file("database.dump");
        try (RandomAccessFile file = new RandomAccessFile(dump.toFile(), "rw")) {
            file.seek(file.length() / 2);
            int b = file.read();
            file.seek(file.length() / 2);
            file.write(b ^ 0x01);
        }
        Snapshot before = f.snapshot(OpsFixture.DB);

        OpsFixture.Run verify = f.ops("backup", "verify", backupId);
        OpsFixture.Run restore = f.ops("restore", backupId, "--replace", "--yes");
        OpsFixture.Run into = f.ops("restore", backupId, "--into", "cafe_damaged");

        assertThat(verify.exitCode()).as(verify.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(verify.out()).contains("database.dump is damaged");
        assertThat(restore.exitCode()).as(restore.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(restore.err()).contains("database.dump").contains("Restore an older backup");
        assertThat(into.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(f.count("postgres", "select count(*) from pg_database where datname = 'cafe_damaged'")).isZero();
        assertThat(f.snapshot(OpsFixture.DB)).isEqualTo(before);
    }
}
