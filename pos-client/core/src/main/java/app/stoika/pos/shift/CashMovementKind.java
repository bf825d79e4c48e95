package app.stoika.pos.shift;

import java.util.Locale;

/** Cash put into the drawer (change money) or taken out of it (to the safe, to pay a supplier). */
public enum CashMovementKind {
    IN, OUT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CashMovementKind ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
