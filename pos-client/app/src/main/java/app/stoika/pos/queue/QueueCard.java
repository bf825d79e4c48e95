package app.stoika.pos.queue;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import app.stoika.pos.order.OrderStatus;

/**
 * One order on the queue screen: its daily number, where it stands, when it was placed and last moved,
 * what is still to be made (cancelled items left out), the guest if one was named, and the till it came from.
 */
public record QueueCard(long orderId, int number, OrderStatus status, Instant placedAt, Instant statusChangedAt,
                        List<QueueLine> lines, Optional<String> customer, String till) {
    public QueueCard {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(statusChangedAt, "statusChangedAt");
        lines = List.copyOf(lines);
        customer = customer == null ? Optional.empty() : customer;
        till = till == null ? "" : till;
    }

    /** Tapping moves an open order on; a completed one stays. */
    public boolean canAdvance() {
        return status.isOpen();
    }
}
