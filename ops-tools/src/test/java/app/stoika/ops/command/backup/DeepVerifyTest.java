package app.stoika.ops.command.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.stoika.ops.cli.ExitCodes;
import app.stoika.ops.support.OpsFixture;

/** The restore drill catches a backup that is intact on disk but restores to nothing. */
class DeepVerifyTest {
    static OpsFixture f;

    @BeforeAll
    static void start() {
        f = OpsFixture.start(false);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void aBackupOfAnEmptyDatabasePassesShallowVerifyButFailsTheDrill() {
        // Setup: someone points the tools at a database with no tables (a typo in connection.database, say).
        String id = f.backup("logical");

        OpsFixture.Run shallow = f.ops("backup", "verify", id);
        OpsFixture.Run deep = f.ops("backup", "verify", id, "--deep");
        OpsFixture.Run all = f.ops("backup", "verify", "--all", "--deep", "--json");

        assertThat(shallow.exitCode()).as(shallow.toString()).isZero();
        assertThat(deep.exitCode()).as(deep.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(deep.out()).contains("deep restore").contains("FAILED").contains("is empty: 0 tables");
        assertThat(all.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(all.out()).contains("\"ok\" : false");
    }
}
