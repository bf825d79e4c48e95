package app.stoika.pos.order;

import java.util.Locale;

/** What happens to a cancelled item's ingredients: back to stock (not made yet) or written off. */
public enum Disposition {
    RETURN_TO_STOCK, WASTE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Disposition ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
