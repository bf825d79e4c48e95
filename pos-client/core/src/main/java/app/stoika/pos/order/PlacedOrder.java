package app.stoika.pos.order;

import app.stoika.pos.shared.Money;

/** The stored order's identity and total; {@code replayed} is true when a retry found it already stored. */
public record PlacedOrder(long orderId, int dailyNumber, Money total, boolean replayed) {
}
