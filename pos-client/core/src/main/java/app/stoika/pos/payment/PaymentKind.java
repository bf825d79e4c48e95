package app.stoika.pos.payment;

import java.util.Locale;

/** Money taken for a sale, or given back when (part of) an order is cancelled. */
public enum PaymentKind {
    SALE, REFUND;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentKind ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
