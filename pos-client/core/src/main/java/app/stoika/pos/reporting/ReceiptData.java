package app.stoika.pos.reporting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import app.stoika.pos.shared.Money;

/**
 * Everything an 80 mm receipt shows, as plain values: the caller maps its order, staff and payment objects to this
 * record and the renderer does not look anything up.
 *
 * @param cafeAddress   printed under the café's name; null for none
 * @param orderNumber   the order's number of the business day, printed as "№ 12"
 * @param zone          the café's time zone, for the printed date and time
 * @param discount      the discount taken off the subtotal (zero for none), as a positive amount
 * @param pointsRedeemed loyalty points spent on this order (0 for none)
 * @param customer      the loyalty guest, or null
 * @param reprint       true for a copy printed later: the receipt says "КОПИЯ" / "COPY"
 */
public record ReceiptData(
        String cafeName,
        String cafeAddress,
        int orderNumber,
        Instant placedAt,
        ZoneId zone,
        String cashierName,
        String terminalName,
        List<ReceiptLine> lines,
        Money subtotal,
        Money discount,
        long pointsRedeemed,
        Money total,
        List<ReceiptPayment> payments,
        ReceiptCustomer customer,
        boolean reprint) {

    public ReceiptData {
        cafeName = Printable.required("café name", cafeName);
        cafeAddress = Printable.optional(cafeAddress);
        if (orderNumber < 1) {
            throw new IllegalArgumentException("Order numbers start at 1, not " + orderNumber);
        }
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(zone, "zone");
        cashierName = Printable.required("cashier name", cashierName);
        terminalName = Printable.required("terminal name", terminalName);
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A receipt has at least one line");
        }
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(total, "total");
        if (discount.isNegative() || pointsRedeemed < 0) {
            throw new IllegalArgumentException("Discount and points redeemed are not negative");
        }
        payments = payments == null ? List.of() : List.copyOf(payments);
        for (ReceiptLine line : lines) {
            Printable.sameCurrency(total, line.lineTotal());
        }
        Printable.sameCurrency(total, subtotal);
        Printable.sameCurrency(total, discount);
        for (ReceiptPayment payment : payments) {
            Printable.sameCurrency(total, payment.amount());
        }
    }
}
