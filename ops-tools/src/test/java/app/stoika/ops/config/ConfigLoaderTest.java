package app.stoika.ops.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    static final String GOOD = "connection.host=db.local\nconnection.port=5433\nconnection.database=cafe\n"
            + "connection.user=stoika\nrepository.dir=/var/backups/stoika\n";

    static OpsConfig load(String text, Map<String, String> env) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return ConfigLoader.fromProperties(p, env);
    }

    @Test
    void aCompleteFileLoadsWithDefaults() throws IOException {
        OpsConfig c = load(GOOD, Map.of());
        assertThat(c.connection().port()).isEqualTo(5433);
        assertThat(c.physicalCompression()).isEqualTo(Compression.LZ4);
        assertThat(c.retention()).isEqualTo(Retention.defaults());
        assertThat(c.connection().passwordValue()).isEmpty();
    }

    @Test
    void thePasswordComesFromTheFileOrPgpassword() throws IOException {
        assertThat(load(GOOD, Map.of("PGPASSWORD", "env")).connection().passwordValue()).contains("env");
        assertThat(load(GOOD + "connection.password=file\n", Map.of("PGPASSWORD", "env")).connection().passwordValue()).contains("file");
        assertThat(load(GOOD + "connection.password=file\n", Map.of()).connection().toString()).doesNotContain("file");
    }

    @Test
    void aMissingOrBadSettingIsNamed() {
        assertThatThrownBy(() -> load(GOOD.replace("connection.user=stoika\n", ""), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("connection.user");
        assertThatThrownBy(() -> load(GOOD.replace("5433", "fifty"), Map.of()))
                .hasMessageContaining("connection.port");
        assertThatThrownBy(() -> load(GOOD + "retention.keep-last=-1\n", Map.of()))
                .hasMessageContaining("retention.keep-last");
        assertThatThrownBy(() -> load(GOOD + "backup.physical.compression=rar\n", Map.of()))
                .hasMessageContaining("backup.physical.compression");
        assertThatThrownBy(() -> load(GOOD + "retention.keep-lats=3\n", Map.of()))
                .hasMessageContaining("Unknown setting retention.keep-lats");
        assertThatThrownBy(() -> load(GOOD + "postgres.bin-dir=/nowhere\n", Map.of()))
                .hasMessageContaining("postgres.bin-dir");
    }

    @Test
    void theFileComesFromTheOptionOrTheEnvironment(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ops.properties"), GOOD);
        assertThat(ConfigLoader.load(null, Map.of(ConfigLoader.ENV_CONFIG, file.toString())).connection().host()).isEqualTo("db.local");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of())).hasMessageContaining(ConfigLoader.ENV_CONFIG);
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("missing"), Map.of())).hasMessageContaining("does not exist");
    }
}
