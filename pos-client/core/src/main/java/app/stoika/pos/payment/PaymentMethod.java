package app.stoika.pos.payment;

import java.util.Locale;

/** How the guest pays: notes and coins into the drawer, or a bank card on the card terminal. */
public enum PaymentMethod {
    CASH, CARD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentMethod ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
