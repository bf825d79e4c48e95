package app.stoika.pos.reporting;

import java.util.List;
import java.util.Objects;

import app.stoika.pos.shared.Money;

/**
 * One printed line: the product, how many at what unit price (options included), the options chosen, the line's
 * total as the order stored it, and the cashier's note for the kitchen or the guest (may be null).
 */
public record ReceiptLine(String name, int quantity, Money unitPrice, List<ReceiptOption> options, Money lineTotal,
        String note) {
    public ReceiptLine {
        name = Printable.required("line name", name);
        if (quantity < 1) {
            throw new IllegalArgumentException("A receipt line has at least one item, not " + quantity);
        }
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(lineTotal, "lineTotal");
        Printable.sameCurrency(unitPrice, lineTotal);
        options = options == null ? List.of() : List.copyOf(options);
        for (ReceiptOption option : options) {
            Printable.sameCurrency(unitPrice, option.priceDelta());
        }
        note = Printable.optional(note);
    }

    /** A line without options or note. */
    public static ReceiptLine of(String name, int quantity, Money unitPrice) {
        return new ReceiptLine(name, quantity, unitPrice, List.of(), unitPrice.times(quantity), null);
    }
}
