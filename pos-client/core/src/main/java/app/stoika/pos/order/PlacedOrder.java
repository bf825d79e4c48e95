package app.stoika.pos.order;

import app.stoika.pos.shared.Money;

/**
 * The stored order's identity and total, and the change to hand back for its cash payment (zero when none).
 * {@code replayed} is true when a retry found it already stored: nothing new was written, and the change is
 * the one recorded with the original sale.
 */
public record PlacedOrder(long orderId, int dailyNumber, Money total, Money change, boolean replayed) {
}
