package app.stoika.pos.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.stoika.pos.persistence.DatabaseSettings;

class ConfigLoaderTest {
    @TempDir
    Path home;

    private ConfigLoader loader(Map<String, String> env) {
        return new ConfigLoader(env, home, false);
    }

    private Path configFile(String text, String perms) throws IOException {
        Path file = home.resolve(".config/stoika/pos.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(perms));
        return file;
    }

    @Test
    void nothingConfiguredMeansTheEmbeddedDatabaseUnderXdgDataHome() {
        AppConfig config = loader(Map.of()).load(List.of());
        assertThat(config.embedded()).isTrue();
        assertThat(config.dataDir()).isEqualTo(home.resolve(".local/share/stoika"));
        assertThat(config.language().getLanguage()).isEqualTo("ru");
        assertThat(config.warnings()).isEmpty();

        assertThat(loader(Map.of("XDG_DATA_HOME", "/srv/data")).load(List.of()).dataDir()).isEqualTo(Path.of("/srv/data/stoika"));
        assertThat(new ConfigLoader(Map.of(), home, true).load(List.of()).dataDir()).isEqualTo(Path.of("/var/lib/stoika"));
        assertThat(loader(Map.of()).load(List.of("--data-dir", "/tmp/x")).dataDir()).isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void theDefaultConfigFilePointsAtAnExistingServer() throws IOException {
        configFile("""
                database.url=jdbc:postgresql://db.cafe.local:5432/stoika
                database.user=kassa
                database.password=s3cret
                database.pool-size=6
                ui.language=en
                """, "rw-------");
        AppConfig config = loader(Map.of()).load(List.of());
        DatabaseSettings db = config.externalDatabase().orElseThrow();
        assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db.cafe.local:5432/stoika");
        assertThat(db.user()).isEqualTo("kassa");
        assertThat(db.password()).isEqualTo("s3cret");
        assertThat(db.poolSize()).isEqualTo(6);
        assertThat(config.language()).isEqualTo(Locale.ENGLISH);
        assertThat(config.warnings()).isEmpty();
        assertThat(db.toString()).doesNotContain("s3cret");
    }

    @Test
    void environmentOverridesTheFileAndTheCommandLineOverridesBoth() throws IOException {
        Path file = configFile("database.url=jdbc:postgresql://a:5432/x\ndatabase.user=a\nui.language=en\n", "rw-------");
        AppConfig config = loader(Map.of("STOIKA_CONFIG", file.toString(), "STOIKA_DB_URL", "jdbc:postgresql://b:5433/y",
                "STOIKA_DB_PASSWORD", "from-env")).load(List.of("--lang", "ru"));
        assertThat(config.externalDatabase().orElseThrow().jdbcUrl()).isEqualTo("jdbc:postgresql://b:5433/y");
        assertThat(config.externalDatabase().orElseThrow().user()).isEqualTo("a");
        assertThat(config.externalDatabase().orElseThrow().password()).isEqualTo("from-env");
        assertThat(config.language().getLanguage()).isEqualTo("ru");
    }

    @Test
    void aBadUrlStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> loader(Map.of("STOIKA_DB_URL", "postgres://db/stoika", "STOIKA_DB_USER", "k")).load(List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("database.url")
                .hasMessageContaining("jdbc:postgresql://");
        assertThatThrownBy(() -> loader(Map.of("STOIKA_DB_URL", "jdbc:postgresql://db", "STOIKA_DB_USER", "k")).load(List.of()))
                .hasMessageContaining("database.url");
    }

    @Test
    void theUrlsQueryIsNotEchoedBecauseItMayHoldAPassword() {
        assertThatThrownBy(() -> loader(Map.of("STOIKA_DB_URL", "jdbc:mysql://db/x?password=hunter2", "STOIKA_DB_USER", "k"))
                .load(List.of()))
                .hasMessageContaining("database.url").hasMessageNotContaining("hunter2");
    }

    @Test
    void otherBadSettingsNameThemselves() {
        Map<String, String> db = Map.of("STOIKA_DB_URL", "jdbc:postgresql://db:5432/stoika");
        assertThatThrownBy(() -> loader(db).load(List.of())).hasMessageContaining("database.user");
        assertThatThrownBy(() -> loader(Map.of("STOIKA_DB_URL", "jdbc:postgresql://db:5432/stoika", "STOIKA_DB_USER", "k",
                "STOIKA_DB_POOL_SIZE", "lots")).load(List.of())).hasMessageContaining("database.pool-size");
        assertThatThrownBy(() -> loader(Map.of("STOIKA_DB_USER", "k")).load(List.of()))
                .hasMessageContaining("database.user").hasMessageContaining("database.url");
        assertThatThrownBy(() -> loader(Map.of()).load(List.of("--lang", "de"))).hasMessageContaining("ui.language");
        assertThatThrownBy(() -> loader(Map.of()).load(List.of("--data-dir", "relative"))).hasMessageContaining("data.dir");
        assertThatThrownBy(() -> loader(Map.of()).load(List.of("--config", "/nonexistent/pos.properties")))
                .hasMessageContaining("--config");
        assertThatThrownBy(() -> loader(Map.of("STOIKA_CONFIG", "/nonexistent/pos.properties")).load(List.of()))
                .hasMessageContaining("STOIKA_CONFIG");
        assertThatThrownBy(() -> loader(Map.of()).load(List.of("--frobnicate"))).hasMessageContaining("--frobnicate");
    }

    @Test
    void aPasswordIsNeverTakenFromTheCommandLine() {
        assertThatThrownBy(() -> loader(Map.of()).load(List.of("--password", "hunter2")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("STOIKA_DB_PASSWORD")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void aPasswordFileOthersCanReadGetsAWarning() throws IOException {
        Path file = configFile("database.url=jdbc:postgresql://db:5432/stoika\ndatabase.user=k\ndatabase.password=hunter2\n",
                "rw-r--r--");
        AppConfig config = loader(Map.of()).load(List.of());
        assertThat(config.warnings()).singleElement().asString()
                .contains(file.toString()).contains("chmod 600").doesNotContain("hunter2");
    }

    @Test
    void unknownKeysAreReportedNotSilentlyIgnored() throws IOException {
        configFile("databse.url=jdbc:postgresql://db:5432/stoika\n", "rw-------");
        AppConfig config = loader(Map.of()).load(List.of());
        assertThat(config.embedded()).isTrue();
        assertThat(config.warnings()).singleElement().asString().contains("databse.url");
    }
}
