package app.stoika.pos.staff;

import java.util.Locale;

/** What an employee may do. Stored lower-case in the database. */
public enum Role {
    ADMIN, MANAGER, CASHIER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
