package app.stoika.ops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Help, usage errors and formatting, without a database. */
class CliTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), Clock.systemUTC());
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "backup", "backup create", "backup list", "backup verify", "backup stats", "backup rotate", "restore"})
    void everyCommandHasHelp(String command) {
        String[] args = (command + " --help").strip().split(" ");
        Run r = run(args);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage:").contains("--help");
    }

    @Test
    void wrongArgumentsAndMissingConfigurationExitWithTheirCodes() {
        assertThat(run("backup", "create", "--type", "incremental").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("backup", "verify").code()).isEqualTo(ExitCodes.USAGE);
        Run noConfig = run("backup", "list");
        assertThat(noConfig.code()).isEqualTo(ExitCodes.CONFIG);
        assertThat(noConfig.err()).contains("STOIKA_OPS_CONFIG");
        assertThat(run("restore", "x", "--password", "secret").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theConfigFileMayBeGivenBeforeOrAfterTheSubcommand(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("ops.properties");
        java.nio.file.Files.writeString(file, "connection.host=127.0.0.1\nconnection.database=stoika\n"
                + "repository.dir=" + dir.resolve("repo") + "\nretention.keep-lst=3\n");
        // Either way the file is read, and its typo is reported by name.
        for (Run r : java.util.List.of(run("--config", file.toString(), "backup", "list"),
                run("backup", "list", "--config", file.toString()))) {
            assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
            assertThat(r.err()).contains("retention.keep-lst");
        }
    }

    @Test
    void sizesAreHumanReadable() {
        assertThat(Output.size(512)).isEqualTo("512 B");
        assertThat(Output.size(1536)).isEqualTo("1.5 KB");
        assertThat(Output.size(750L * 1024 * 1024)).isEqualTo("750 MB");
        assertThat(Output.size(3L * 1024 * 1024 * 1024)).isEqualTo("3.0 GB");
    }
}
