package app.stoika.pos.reporting;

import java.util.Objects;

import app.stoika.pos.shared.Money;

/** A modifier chosen on a receipt line ("Овсяное молоко") and what it added to the unit price (may be zero). */
public record ReceiptOption(String name, Money priceDelta) {
    public ReceiptOption {
        name = Printable.required("option name", name);
        Objects.requireNonNull(priceDelta, "priceDelta");
    }
}
