package app.stoika.pos.queue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** What the queue shows at one moment: waiting and preparing oldest first, the last completed newest first. */
public record QueueBoard(List<QueueCard> pending, List<QueueCard> preparing, List<QueueCard> completed) {
    public static final QueueBoard EMPTY = new QueueBoard(List.of(), List.of(), List.of());

    public QueueBoard {
        pending = List.copyOf(pending);
        preparing = List.copyOf(preparing);
        completed = List.copyOf(completed);
    }

    public Optional<QueueCard> find(long orderId) {
        return Stream.of(pending, preparing, completed).flatMap(List::stream)
                .filter(c -> c.orderId() == orderId).findFirst();
    }
}
