package app.stoika.pos.reporting;

/** How a part of the bill was paid; the printed word comes from the reports bundle (receipt.payment.cash ...). */
public enum PaymentMethod {
    CASH,
    CARD;

    String bundleKey() {
        return "receipt.payment." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
