package app.stoika.pos.order;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;

/**
 * A request to sell. The client generates {@code clientOrderId} once per cart and reuses it on every
 * retry, so a sale whose acknowledgement was lost is never stored twice. Prices are not part of the
 * request: the database computes them from the catalog. Who sells and where is not part of it either: the
 * database takes both from the employee session the order is placed with.
 */
public record PlaceOrder(UUID clientOrderId, Optional<Long> customerId, long redeemPoints, List<OrderLine> lines) {
    public static final int MAX_LINES = 100;

    public PlaceOrder {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        customerId = customerId == null ? Optional.empty() : customerId;
        if (lines == null || lines.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID, "order.error.empty");
        }
        if (lines.size() > MAX_LINES) {
            throw new DomainException(ErrorKind.INVALID, "order.error.too_many_lines", Map.of("max", MAX_LINES));
        }
        if (redeemPoints < 0) {
            throw new DomainException(ErrorKind.INVALID, "order.error.bad_points");
        }
        if (redeemPoints > 0 && customerId.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID, "order.error.points_need_customer");
        }
        lines = List.copyOf(lines);
    }

    public static PlaceOrder of(List<OrderLine> lines) {
        return new PlaceOrder(UUID.randomUUID(), Optional.empty(), 0, lines);
    }
}
