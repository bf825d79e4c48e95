package app.stoika.pos.queue;

import java.util.List;
import java.util.Optional;

/** One line of an order as the barista reads it: how many of what, with which options and the guest's note. */
public record QueueLine(int quantity, String product, List<String> options, Optional<String> note) {
    public QueueLine {
        options = List.copyOf(options);
        note = note == null ? Optional.empty() : note;
    }
}
