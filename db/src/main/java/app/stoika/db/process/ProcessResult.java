package app.stoika.db.process;

import java.time.Duration;
import java.util.List;

/** What an external program did: its command line, exit code, captured output and how long it ran. */
public record ProcessResult(List<String> command, int exitCode, String stdout, String stderr, Duration duration) {

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** The program's own words about what went wrong: stderr if it said anything, else stdout. */
    public String diagnostics() {
        String text = stderr.isBlank() ? stdout : stderr;
        return text.strip();
    }
}
