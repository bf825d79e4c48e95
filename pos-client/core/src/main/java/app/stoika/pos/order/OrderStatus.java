package app.stoika.pos.order;

import java.util.Locale;

/** pending → preparing → completed, or cancelled while still open. The database refuses other moves. */
public enum OrderStatus {
    PENDING, PREPARING, COMPLETED, CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrderStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public boolean isOpen() {
        return this == PENDING || this == PREPARING;
    }
}
