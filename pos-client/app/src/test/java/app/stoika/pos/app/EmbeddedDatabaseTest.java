package app.stoika.pos.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.stoika.db.cluster.LocalCluster;

/** The built-in database in a temporary data directory (never the real XDG one). */
class EmbeddedDatabaseTest {
    private Path dataDir;

    @BeforeEach
    void tempDataDir() throws IOException {
        // Under /tmp and traversable: as root, the server runs as the postgres OS user.
        Path parent = Files.createTempDirectory(Path.of("/tmp"), "stoika-embedded-");
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        dataDir = parent.resolve("data");
    }

    @AfterEach
    void cleanUp() throws IOException {
        LocalCluster.builder(dataDir.resolve("postgres")).build().destroy();
        try (var paths = Files.walk(dataDir.getParent())) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void firstStartCreatesMigratesAndSeedsOnceAndStopsCleanly() throws Exception {
        int port;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
            assertThat(db.created()).isTrue();
            assertThat(count(db, "select count(*) from pos.product")).isEqualTo(30);
            assertThat(count(db, "select count(*) from pos.flyway_schema_history where success")).isPositive();
            try (Connection c = db.cluster().connect(EmbeddedDatabase.DATABASE); Statement s = c.createStatement()) {
                s.execute("insert into pos.category (name) values ('Сезонное')");
            }
            port = db.cluster().port();
            assertThat(db.cluster().isRunning()).isTrue();
        }
        LocalCluster after = LocalCluster.builder(dataDir.resolve("postgres")).build();
        assertThat(after.isRunning()).as("stopped on close").isFalse();
        assertThat(port).isPositive();

        Path passwordFile = dataDir.resolve("db-password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        String password = Files.readString(passwordFile).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);

        try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir)) {
            assertThat(again.created()).isFalse();
            assertThat(again.superuserSettings(2).password()).isEqualTo(password);
            // The till connects as the terminal role with its own password, not as the superuser.
            assertThat(again.settings(2).user()).isEqualTo("stoika_terminal");
            assertThat(again.settings(2).password()).isNotEqualTo(password)
                    .isEqualTo(Files.readString(dataDir.resolve("terminal-password")).strip());
            try (Connection till = java.sql.DriverManager.getConnection(again.settings(2).jdbcUrl(),
                    again.settings(2).user(), again.settings(2).password());
                 Statement s = till.createStatement()) {
                assertThatThrownBy(() -> s.execute("delete from pos.product"))
                        .as("the till's role cannot bypass the selling functions")
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            }
            // Not re-seeded (still 30 products) and not recreated (our category survived).
            assertThat(count(again, "select count(*) from pos.product")).isEqualTo(30);
            assertThat(count(again, "select count(*) from pos.category where name = 'Сезонное'")).isEqualTo(1);
        }
    }

    @Test
    void theServerNeedsThePassword() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
            LocalCluster withoutPassword = LocalCluster.builder(dataDir.resolve("postgres")).build();
            assertThat(db.settings(2).jdbcUrl()).startsWith("jdbc:postgresql://127.0.0.1:");
            assertThatThrownBy(() -> java.sql.DriverManager.getConnection(db.settings(2).jdbcUrl(), db.settings(2).user(), "wrong").close())
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
            assertThat(withoutPassword.isInitialized()).isTrue();
        }
    }

    private static long count(EmbeddedDatabase db, String sql) throws SQLException {
        try (Connection c = db.cluster().connect(EmbeddedDatabase.DATABASE); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
