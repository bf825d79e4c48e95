package app.stoika.ops.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.SerializationFeature;

/** The repository's run log ({@code history.jsonl}): successes and failures, one JSON object per line. */
public final class History {
    private final Path file;

    History(Path file) {
        this.file = file;
    }

    public void record(HistoryEvent event) {
        try {
            String line = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(event) + "\n";
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** All events, oldest first; lines that do not parse (a torn last line) are skipped. */
    public List<HistoryEvent> events() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<HistoryEvent> events = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    events.add(Json.MAPPER.readValue(line, HistoryEvent.class));
                } catch (IOException ignored) {
                    // a line cut short by a crash
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }
}
