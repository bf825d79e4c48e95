package app.stoika.pos.order;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.stoika.pos.payment.Payment;
import app.stoika.pos.payment.PaymentMethod;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;

/**
 * A request to sell, and how the guest pays. The client generates {@code clientOrderId} once per cart and
 * reuses it on every retry, so a sale whose acknowledgement was lost is never stored twice. Prices are not
 * part of the request: the database computes them from the catalog, and the {@code payments} (at most one
 * cash and one card) must add up to exactly that total, or nothing is stored. A zero total takes no
 * payments. Who sells and where is not part of the request either: the database takes both from the
 * employee session the order is placed with, and the money goes into that till's open shift.
 */
public record PlaceOrder(UUID clientOrderId, Optional<Long> customerId, long redeemPoints, List<OrderLine> lines,
                         List<Payment> payments) {
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
        payments = payments == null ? List.of() : List.copyOf(payments);
        Set<PaymentMethod> methods = EnumSet.noneOf(PaymentMethod.class);
        for (Payment p : payments) {
            if (!methods.add(p.method())) {
                throw new DomainException(ErrorKind.INVALID, "payment.error.duplicate_method",
                        Map.of("method", p.method().code()));
            }
        }
    }

    /** A new order without customer or points, paid as given. */
    public static PlaceOrder of(List<OrderLine> lines, List<Payment> payments) {
        return new PlaceOrder(UUID.randomUUID(), Optional.empty(), 0, lines, payments);
    }

    /** A new order without customer, points or payments: only a zero total is accepted so. */
    public static PlaceOrder of(List<OrderLine> lines) {
        return of(lines, List.of());
    }

    /** The same order (same client order id, so still safe to resend) paid differently. */
    public PlaceOrder withPayments(List<Payment> newPayments) {
        return new PlaceOrder(clientOrderId, customerId, redeemPoints, lines, newPayments);
    }
}
